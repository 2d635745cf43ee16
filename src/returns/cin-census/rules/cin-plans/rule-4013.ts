/** DfE 4013: a CIN plan end date, where given, must fall within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4013',
  message: 'CIN Plan end date must fall within the census year',
  affectedFields: ['CINPlanEndDate', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINplanDates'), (row) => {
      const date = dateOf(row, 'CINPlanEndDate');
      return date !== null && !inCensusYear(date, data);
    });
    return cellsFor('CINplanDates', wrong, ['CINPlanEndDate']);
  },
});
