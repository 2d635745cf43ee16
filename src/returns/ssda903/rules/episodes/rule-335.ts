/**
 * DfE rule 335: for an episode ending in adoption (REC E1, E11, E12), FOSTER_CARE 0 (not adopted by
 * the foster carer) contradicts a placement with the current foster carer (A2, A3, A5), and
 * FOSTER_CARE 1 contradicts a placement not with them (A1, A4, A6).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '335',
  message:
    'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is ' +
    'A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but ' +
    'last placement is A1, A4 or A6.',
  affectedFields: ['PLACE', 'FOSTER_CARE'],
  tables: ['Episodes', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const ad1ByChild = groupByChild(ad1);
    const badEpisodes: number[] = [];
    const badAd1: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, i) => {
      if (!inCodes(val(row, 'REC'), ['E1', 'E11', 'E12'])) return;
      const place = val(row, 'PLACE');
      for (const j of ad1ByChild.get(val(row, 'CHILD') ?? '') ?? []) {
        const foster = val(ad1[j], 'FOSTER_CARE');
        if (
          (inCodes(place, ['A2', 'A3', 'A5']) && foster === '0') ||
          (inCodes(place, ['A1', 'A4', 'A6']) && foster === '1')
        ) {
          badEpisodes.push(i);
          badAd1.push(j);
        }
      }
    });
    return [...flagRows('Episodes', badEpisodes), ...flagRows('AD1', badAd1)];
  },
});
