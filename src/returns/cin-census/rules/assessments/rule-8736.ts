/** DfE 8736: an assessment not yet authorised must have started within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8736',
  message: 'For an Assessment that has not been completed, the start date must fall within the census year',
  affectedFields: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'],
  years: { from: 2023 },
  tables: ['Assessments', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Assessments'), (row) => {
      const start = dateOf(row, 'AssessmentActualStartDate');
      return dateOf(row, 'AssessmentAuthorisationDate') === null && start !== null && !inCensusYear(start, data);
    });
    return cellsFor('Assessments', wrong, ['AssessmentAuthorisationDate', 'AssessmentActualStartDate']);
  },
});
