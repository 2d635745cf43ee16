/** DfE 8614: factors identified at assessment belong only to a completed (authorised) assessment. */
import { defineRule } from '../../../rules/define-rule.ts';
import { factorCodes } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
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
