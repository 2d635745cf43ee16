/**
 * DfE 8869: factor code 21 ("no factors identified") cannot be used with any other factor on the same
 * assessment; the other codes are flagged. Rows of one assessment are found by AssessmentID, or else by
 * child, episode, start and authorisation dates (the dates repeat on every factor row).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { factorCodes, text } from '../cells.ts';
import { assessmentIdOf, cellsFor, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8869',
  message: 'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  affectedFields: ['AssessmentFactors'],
  years: { from: 2023 },
  tables: ['Assessments'],
  validate(data) {
    const rows = rowsOf(data, 'Assessments');
    const groups = groupRows(
      rows,
      (row) =>
        assessmentIdOf(row) ??
        ['LAchildID', 'CINdetailsID', 'AssessmentActualStartDate', 'AssessmentAuthorisationDate']
          .map((f) => text(row, f) ?? '')
          .join('\u0000'),
    );
    const flagged: number[] = [];
    for (const indexes of groups.values()) {
      const codes = indexes.flatMap((i) => factorCodes(rows[i]!));
      if (!codes.includes('21') || codes.every((code) => code === '21')) continue;
      flagged.push(...indexes.filter((i) => factorCodes(rows[i]!).some((code) => code !== '21')));
    }
    return cellsFor('Assessments', flagged, ['AssessmentFactors']);
  },
});
