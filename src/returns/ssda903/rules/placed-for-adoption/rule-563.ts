/** DfE rule 563: a decision that has ceased (date and reason given) must have the date it was made (DATE_PLACED). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '563',
  message:
    'The child should no longer be placed for adoption but the date of the decision that the child should be placed ' +
    'for adoption is blank',
  affectedFields: ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'PlacedAdoption',
      whereRows(
        rowsOf(data, 'PlacedAdoption'),
        (row) =>
          val(row, 'REASON_PLACED_CEASED') !== null &&
          val(row, 'DATE_PLACED_CEASED') !== null &&
          val(row, 'DATE_PLACED') === null,
      ),
    );
  },
});
