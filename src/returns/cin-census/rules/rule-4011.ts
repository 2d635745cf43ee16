/** DfE 4011: a CIN plan cannot end before it starts. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, rowsOf, rowsWhere } from './helpers.ts';

export const rule = defineRule({
  code: '4011',
  message: 'CIN Plan End Date earlier than Start Date',
  affectedFields: ['CINPlanEndDate', 'CINPlanStartDate'],
  years: { from: 2023 },
  tables: ['CINplanDates'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINplanDates'), (row) => {
      const start = dateOf(row, 'CINPlanStartDate');
      const end = dateOf(row, 'CINPlanEndDate');
      return start !== null && end !== null && end < start;
    });
    return cellsFor('CINplanDates', wrong, ['CINPlanEndDate', 'CINPlanStartDate']);
  },
});
