/**
 * DfE 8897Q: an assessment authorised within the census year should record at least one valid factor
 * identified at assessment. All rows of such an assessment are flagged (AssessmentID ties factor rows).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { factorCodes } from '../cells.ts';
import { assessmentFactors } from '../codes.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { assessmentIdOf, cellsFor, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8897Q',
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  affectedFields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
  years: { from: 2023 },
  tables: ['Assessments', 'Header'],
  validate(data) {
    const valid = assessmentFactors(data.meta.year);
    const rows = rowsOf(data, 'Assessments');
    const groups = groupRows(rows, (row, index) => {
      const authorised = dateOf(row, 'AssessmentAuthorisationDate');
      return authorised !== null && inCensusYear(authorised, data) ? (assessmentIdOf(row) ?? `row ${index}`) : null;
    });
    const missing = [...groups.values()].filter(
      (indexes) => !indexes.some((i) => factorCodes(rows[i]!).some((code) => valid.has(code))),
    );
    return cellsFor('Assessments', missing.flat(), ['AssessmentAuthorisationDate', 'AssessmentFactors']);
  },
});
