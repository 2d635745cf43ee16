/** DfE 4012Q: a CIN plan should not start and end on the same day. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4012Q',
  message: 'Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day',
  affectedFields: ['CINPlanStartDate', 'CINPlanEndDate'],
  years: { from: 2023 },
  tables: ['CINplanDates'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINplanDates'), (row) => {
      const start = dateOf(row, 'CINPlanStartDate');
      const end = dateOf(row, 'CINPlanEndDate');
      return start !== null && end !== null && end === start;
    });
    return cellsFor('CINplanDates', wrong, ['CINPlanStartDate', 'CINPlanEndDate']);
  },
});
