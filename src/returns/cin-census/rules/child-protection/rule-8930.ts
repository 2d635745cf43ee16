/** DfE 8930: a CP plan end date, where given, must fall within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8930',
  message: 'Child Protection Plan End Date must fall within the census year',
  affectedFields: ['CPPendDate', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), (row) => {
      const date = dateOf(row, 'CPPendDate');
      return date !== null && !inCensusYear(date, data);
    });
    return cellsFor('ChildProtectionPlans', wrong, ['CPPendDate']);
  },
});
