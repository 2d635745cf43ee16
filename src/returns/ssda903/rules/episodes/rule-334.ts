/**
 * DfE rule 334: the latest period of care (the child's last episode with RNE S) starts on or before
 * the decision that the child should be placed for adoption (DATE_INT).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '334',
  message:
    'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.',
  affectedFields: ['DATE_INT', 'DECOM', 'RNE'],
  tables: ['Episodes', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const ad1 = rowsOf(data, 'AD1');
    const latestStart = new Map<string, number>();
    episodes.forEach((row, i) => {
      const child = val(row, 'CHILD');
      const decom = dateOf(row, 'DECOM');
      if (child === null || decom === null || val(row, 'RNE') !== 'S') return;
      const current = latestStart.get(child);
      if (current === undefined || decom > (dateOf(episodes[current], 'DECOM') ?? '')) latestStart.set(child, i);
    });
    const ad1Row = firstRowByChild(ad1);
    const badEpisodes: number[] = [];
    const badAd1: number[] = [];
    for (const [child, i] of latestStart) {
      const j = ad1Row.get(child);
      const decided = j === undefined ? null : dateOf(ad1[j], 'DATE_INT');
      if (j !== undefined && decided !== null && (dateOf(episodes[i], 'DECOM') ?? '') > decided) {
        badEpisodes.push(i);
        badAd1.push(j);
      }
    }
    return [...flagRows('Episodes', badEpisodes), ...flagRows('AD1', badAd1)];
  },
});
