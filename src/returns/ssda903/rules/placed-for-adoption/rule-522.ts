/** DfE rule 522: the decision to place for adoption cannot come after the decision that it should cease. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '522',
  message:
    'Date of decision that the child should be placed for adoption must be on or before the date that a child ' +
    'should no longer be placed for adoption.',
  affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'PlacedAdoption',
      whereRows(rowsOf(data, 'PlacedAdoption'), (row) => {
        const placed = dateOf(row, 'DATE_PLACED');
        const ceased = dateOf(row, 'DATE_PLACED_CEASED');
        return placed !== null && ceased !== null && ceased < placed;
      }),
    );
  },
});
