/** DfE 8875:  */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, dayOfWeek } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function isWeekend(date: string | null): boolean {
  return date !== null && (dayOfWeek(date) === 0 || dayOfWeek(date) === 6);
}

export const rule: RuleCin = defineRule({
  code: '8875',
  message: 'The Date of Initial Child Protection Conference cannot be a weekend',
  affectedFields: ['DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['Section47'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => isWeekend(dateOf(row, 'DateOfInitialCPC')));
    return cellsFor('Section47', wrong, ['DateOfInitialCPC']);
  },
});
