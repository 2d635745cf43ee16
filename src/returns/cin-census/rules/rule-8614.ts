/** DfE 8614: factors identified at assessment belong only to a completed (authorised) assessment. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, factorCodes, rowsOf, rowsWhere } from './helpers.ts';

export const rule = defineRule({
  code: '8614',
  message: 'Parental or child factors at assessment should only be present for a completed assessment.',
  affectedFields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
  years: { from: 2023 },
  tables: ['Assessments'],
  validate(data) {
    const wrong = rowsWhere(
      rowsOf(data, 'Assessments'),
      (row) => factorCodes(row).length > 0 && dateOf(row, 'AssessmentAuthorisationDate') === null,
    );
    return cellsFor('Assessments', wrong, ['AssessmentAuthorisationDate', 'AssessmentFactors']);
  },
});
