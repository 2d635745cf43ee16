/** DfE rule 556: the decision to place for adoption comes on or before the freeing order (start of a D1 episode). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '556',
  message:
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the ' +
    'freeing order was granted.',
  affectedFields: ['DATE_PLACED', 'DECOM'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate(data) {
    const placed = rowsOf(data, 'PlacedAdoption');
    const byChild = groupByChild(placed);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        if (val(row, 'LS') !== 'D1' || decom === null) return false;
        return (byChild.get(val(row, 'CHILD') ?? '') ?? []).some((p) => {
          const decided = dateOf(placed[p], 'DATE_PLACED');
          return decided !== null && decided > decom;
        });
      }),
    );
  },
});
