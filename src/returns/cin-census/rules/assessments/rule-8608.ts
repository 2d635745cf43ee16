/** DfE 8608: an assessment cannot be authorised (completed) before it started. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8608',
  message: 'Assessment Start Date cannot be later than its End Date',
  affectedFields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  years: { from: 2023 },
  tables: ['Assessments'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Assessments'), (row) => {
      const start = dateOf(row, 'AssessmentActualStartDate');
      const end = dateOf(row, 'AssessmentAuthorisationDate');
      return start !== null && end !== null && start > end;
    });
    return cellsFor('Assessments', wrong, ['AssessmentActualStartDate', 'AssessmentAuthorisationDate']);
  },
});
