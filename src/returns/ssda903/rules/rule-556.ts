/** DfE rule 556: the decision to place for adoption comes on or before the freeing order (start of a D1 episode). */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, groupByChild, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const placed = rowsOf(data, 'PlacedAdoption');
  const byChild = groupByChild(placed);
  return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
    const decom = dateOf(row, 'DECOM');
    if (val(row, 'LS') !== 'D1' || decom === null) return false;
    return (byChild.get(val(row, 'CHILD') ?? '') ?? []).some((p) => {
      const decided = dateOf(placed[p], 'DATE_PLACED');
      return decided !== null && decided > decom;
    });
  }));
}

export const rule556: Rule903 = defineRule({
  code: '556',
  message: 'Date of decision that the child should be placed for adoption should be on or prior to the date that the '
    + 'freeing order was granted.',
  affectedFields: ['DATE_PLACED', 'DECOM'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
