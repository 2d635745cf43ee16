/** DfE 8950Q (from 2024-25): assessment factor 19A was split; '19B' or '19C' should be used instead. Matched without regard to case. */
import { defineRule } from '../../../rules/define-rule.ts';
import { factorCodes } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8950Q',
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
  affectedFields: ['AssessmentFactors'],
  years: { from: 2025 },
  tables: ['Assessments'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Assessments'), (row) =>
      factorCodes(row).some((code) => code.toUpperCase() === '19A'),
    );
    return cellsFor('Assessments', wrong, ['AssessmentFactors']);
  },
});
