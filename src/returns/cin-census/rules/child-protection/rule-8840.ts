/** DfE 8840: a CP plan cannot start and end on the same day. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8840',
  message: 'Child Protection Plan cannot start and end on the same day',
  affectedFields: ['CINTable.ChildProtectionPlans', 'CPPstartDate', 'CPPendDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), (row) => {
      const start = dateOf(row, 'CPPstartDate');
      const end = dateOf(row, 'CPPendDate');
      return start !== null && end !== null && end === start;
    });
    return cellsFor('ChildProtectionPlans', wrong, ['CPPstartDate', 'CPPendDate']);
  },
});
