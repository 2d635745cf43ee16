/** DfE 8863Q: an assessment should not start while another of the child's assessments is open (not yet authorised, or authorised on or after that start). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { findOverlaps } from '../overlap.ts';
import { assessmentIdOf, cellsFor, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8863Q',
  message: 'An Assessment is shown as starting when there is another Assessment ongoing.',
  affectedFields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  years: { from: 2023 },
  tables: ['Assessments', 'Header'],
  validate(data) {
    const rows = rowsOf(data, 'Assessments');
    const { laterStarts, earlierPeriods } = findOverlaps(
      rows,
      (row, index) => ({
        start: dateOf(row, 'AssessmentActualStartDate'),
        end: dateOf(row, 'AssessmentAuthorisationDate'),
        identity: assessmentIdOf(row) ?? String(index),
      }),
      data.meta.referenceDate,
    );
    return [
      ...cellsFor('Assessments', [...laterStarts, ...earlierPeriods], ['AssessmentActualStartDate']),
      ...cellsFor('Assessments', earlierPeriods, ['AssessmentAuthorisationDate']),
    ];
  },
});
