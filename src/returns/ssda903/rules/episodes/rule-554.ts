/**
 * DfE rule 554: the decision to place for adoption (DATE_PLACED) comes on or before the placement order:
 * the start of the child's first E1 episode. Only this year's episodes are seen, so an order made in an
 * earlier year can give a false result (the DfE message says so).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { extremeByChild, flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '554',
  message:
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the ' +
    'placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant ' +
    'episodes are in previous years; please check carefully!]',
  affectedFields: ['DATE_PLACED', 'DECOM', 'LS'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const placed = rowsOf(data, 'PlacedAdoption');
    const placedByChild = groupByChild(placed);
    const e1 = episodes.map((row) => (val(row, 'LS') === 'E1' ? row : {}));
    const eps: number[] = [];
    const pas: number[] = [];
    for (const [child, e] of extremeByChild(e1, 'DECOM', 'earliest')) {
      const decom = dateOf(episodes[e], 'DECOM')!;
      for (const p of placedByChild.get(child) ?? []) {
        const decided = dateOf(placed[p], 'DATE_PLACED');
        if (decided !== null && decided > decom) {
          eps.push(e);
          pas.push(p);
        }
      }
    }
    return flagTables({ Episodes: eps, PlacedAdoption: pas });
  },
});
