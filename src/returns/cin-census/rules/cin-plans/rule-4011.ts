/** DfE 4011: a CIN plan cannot end before it starts. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
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
