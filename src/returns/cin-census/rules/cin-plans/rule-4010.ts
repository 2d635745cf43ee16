/** DfE 4010: a CIN plan needs a start date, on or before the census reference date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4010',
  message: 'CIN Plan start date is missing or out of data collection period',
  affectedFields: ['CINPlanStartDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINplanDates'), (row) => {
      const start = dateOf(row, 'CINPlanStartDate');
      return start === null || start > data.meta.referenceDate;
    });
    return cellsFor('CINplanDates', wrong, ['CINPlanStartDate']);
  },
});
