/** DfE 8696: an assessment authorisation (end) date, where given, must fall within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8696',
  message: 'Assessment end date must fall within the census year',
  affectedFields: ['AssessmentAuthorisationDate', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['Assessments', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Assessments'), (row) => {
      const date = dateOf(row, 'AssessmentAuthorisationDate');
      return date !== null && !inCensusYear(date, data);
    });
    return cellsFor('Assessments', wrong, ['AssessmentAuthorisationDate']);
  },
});
