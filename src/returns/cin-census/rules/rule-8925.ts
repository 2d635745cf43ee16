/** DfE 8925: a CP plan cannot end before it starts. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, rowsOf, rowsWhere } from './helpers.ts';

export const rule = defineRule({
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
