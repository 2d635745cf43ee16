/** DfE 8870Q:  */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, dayOfWeek } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function isWeekend(date: string | null): boolean {
  return date !== null && (dayOfWeek(date) === 0 || dayOfWeek(date) === 6);
}

export const rule: RuleCin = defineRule({
  code: '8870Q',
  message:
    'Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend',
  affectedFields: ['InitialCPCtarget'],
  years: { from: 2023 },
  tables: ['Section47'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => isWeekend(dateOf(row, 'InitialCPCtarget')));
    return cellsFor('Section47', wrong, ['InitialCPCtarget']);
  },
});
