/**
 * DfE 8898: an assessment cannot list the same factor twice. Rows of one assessment are tied by
 * AssessmentID (else each row stands alone); rows holding a repeated code are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { factorCodes } from '../cells.ts';
import { assessmentIdOf, cellsFor, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8898',
  message: 'The assessment has more than one parental or child factors with the same code',
  affectedFields: ['AssessmentFactors'],
  years: { from: 2023 },
  tables: ['Assessments'],
  validate(data) {
    const rows = rowsOf(data, 'Assessments');
    const flagged: number[] = [];
    for (const indexes of groupRows(rows, (row, index) => assessmentIdOf(row) ?? `row ${index}`).values()) {
      const counts = new Map<string, number>();
      for (const code of indexes.flatMap((i) => factorCodes(rows[i]!))) counts.set(code, (counts.get(code) ?? 0) + 1);
      flagged.push(...indexes.filter((i) => factorCodes(rows[i]!).some((code) => (counts.get(code) ?? 0) > 1)));
    }
    return cellsFor('Assessments', flagged, ['AssessmentFactors']);
  },
});
