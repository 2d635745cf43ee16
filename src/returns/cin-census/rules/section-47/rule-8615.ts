/** DfE 8615: where an initial CPC date is given on a S47, the S47 start date must be present and not later. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8615',
  message:
    'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
  affectedFields: ['S47ActualStartDate', 'DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['Section47'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => {
      const start = dateOf(row, 'S47ActualStartDate');
      const icpc = dateOf(row, 'DateOfInitialCPC');
      return icpc !== null && (start === null || start > icpc);
    });
    return cellsFor('Section47', wrong, ['S47ActualStartDate', 'DateOfInitialCPC']);
  },
});
