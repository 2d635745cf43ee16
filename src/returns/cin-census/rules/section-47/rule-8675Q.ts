/**
 * DfE 8675Q: a S47 enquiry with no initial CPC date, not marked ICPC not required, that started more than
 * 15 working days before the census reference date (working days after the start up to and including
 * the reference date; src/calendar/working-days.ts convention).
 */
import { workingDaysBetween } from '../../../../calendar/working-days.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

const WORKING_DAYS = 15;

export const rule: RuleCin = defineRule({
  code: '8675Q',
  message:
    'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before ' +
    'the end of the census year. However, there is no date of Initial Child Protection Conference.',
  affectedFields: ['DateOfInitialCPC', 'S47ActualStartDate', 'ICPCnotRequired'],
  years: { from: 2023 },
  tables: ['Section47', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => {
      const start = dateOf(row, 'S47ActualStartDate');
      if (start === null || dateOf(row, 'DateOfInitialCPC') !== null) return false;
      if (yesNo(text(row, 'ICPCnotRequired')) === true) return false;
      return workingDaysBetween(start, data.meta.referenceDate) > WORKING_DAYS;
    });
    return cellsFor('Section47', wrong, ['DateOfInitialCPC', 'S47ActualStartDate', 'ICPCnotRequired']);
  },
});
