/** DfE 8825Q: an episode closed with RC8 or RC9 (closed after assessment) should have an assessment. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, episodeOf, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8825Q',
  message:
    'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after ' +
    'assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no ' +
    'assessment present for the episode.',
  affectedFields: ['ReasonForClosure'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Assessments'],
  validate(data) {
    const assessed = new Set(rowsOf(data, 'Assessments').map(episodeOf));
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const reason = text(row, 'ReasonForClosure');
      return (reason === 'RC8' || reason === 'RC9') && !assessed.has(episodeOf(row));
    });
    return cellsFor('CINdetails', wrong, ['ReasonForClosure']);
  },
});
