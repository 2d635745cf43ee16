/**
 * DfE rule 1003: the decision that a child should be placed for adoption cannot come before the child
 * started to be looked after (DECOM of the first episode with RNE S).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { extremeByChild, flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1003',
  message:
    "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
  affectedFields: ['DATE_PLACED', 'DECOM', 'RNE'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const placed = rowsOf(data, 'PlacedAdoption');
    const placedByChild = groupByChild(placed);
    const starts = episodes.map((row) => (val(row, 'RNE') === 'S' ? row : {}));
    const eps: number[] = [];
    const pas: number[] = [];
    for (const [child, e] of extremeByChild(starts, 'DECOM', 'earliest')) {
      const decom = dateOf(episodes[e], 'DECOM')!;
      for (const p of placedByChild.get(child) ?? []) {
        const decided = dateOf(placed[p], 'DATE_PLACED');
        if (decided !== null && decided < decom) {
          eps.push(e);
          pas.push(p);
        }
      }
    }
    return flagTables({ Episodes: eps, PlacedAdoption: pas });
  },
});
