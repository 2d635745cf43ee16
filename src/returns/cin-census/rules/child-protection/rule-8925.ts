/** DfE 8925: a CP plan cannot end before it starts. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8925',
  message: 'Child Protection Plan End Date earlier than Start Date',
  affectedFields: ['CPPstartDate', 'CPPendDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), (row) => {
      const start = dateOf(row, 'CPPstartDate');
      const end = dateOf(row, 'CPPendDate');
      return start !== null && end !== null && end < start;
    });
    return cellsFor('ChildProtectionPlans', wrong, ['CPPstartDate', 'CPPendDate']);
  },
});
