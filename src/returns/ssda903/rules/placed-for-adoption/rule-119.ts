/** DfE rule 119: the date and the reason for reversing an adoption decision go together. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '119',
  message:
    'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
  affectedFields: ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'PlacedAdoption',
      whereRows(
        rowsOf(data, 'PlacedAdoption'),
        (row) => has(row, 'DATE_PLACED_CEASED') !== has(row, 'REASON_PLACED_CEASED'),
      ),
    );
  },
});
