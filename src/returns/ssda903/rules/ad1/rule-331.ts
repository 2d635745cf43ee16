/**
 * DfE rule 331: the child is matched with adopters (DATE_MATCH) on or before the start of any
 * episode that ended in adoption (REC E11 or E12).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '331',
  message:
    'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.',
  affectedFields: ['DATE_MATCH', 'DECOM', 'REC'],
  tables: ['AD1', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const ad1ByChild = groupByChild(ad1);
    const badAd1: number[] = [];
    const badEpisodes: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, i) => {
      if (!inCodes(val(row, 'REC'), ['E11', 'E12'])) return;
      const decom = dateOf(row, 'DECOM');
      for (const j of ad1ByChild.get(val(row, 'CHILD') ?? '') ?? []) {
        const matched = dateOf(ad1[j], 'DATE_MATCH');
        if (decom !== null && matched !== null && matched > decom) {
          badAd1.push(j);
          badEpisodes.push(i);
        }
      }
    });
    return [...flagRows('AD1', badAd1), ...flagRows('Episodes', badEpisodes)];
  },
});
