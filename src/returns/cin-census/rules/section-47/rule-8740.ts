/**
 * DfE 8740: a S47 enquiry with no initial CPC by the end of the year, and not marked ICPC not required,
 * must have started within the census year.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8740',
  message:
    'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
  affectedFields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
  years: { from: 2023 },
  tables: ['Section47', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => {
      const start = dateOf(row, 'S47ActualStartDate');
      if (start === null || inCensusYear(start, data)) return false;
      return dateOf(row, 'DateOfInitialCPC') === null && yesNo(text(row, 'ICPCnotRequired')) !== true;
    });
    return cellsFor('Section47', wrong, ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired']);
  },
});
