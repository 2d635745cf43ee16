/**
 * DfE 8670Q: an assessment with no authorisation date that started more than 45 working days before the
 * census reference date. "More than 45 working days" means more than 45 England working days after the
 * start date up to and including the reference date (src/calendar/working-days.ts convention).
 */
import { workingDaysBetween } from '../../../../calendar/working-days.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

const WORKING_DAYS = 45;

export const rule: RuleCin = defineRule({
  code: '8670Q',
  message:
    'Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
  affectedFields: ['AssessmentActualStartDate'],
  years: { from: 2023 },
  tables: ['Assessments', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Assessments'), (row) => {
      const start = dateOf(row, 'AssessmentActualStartDate');
      if (start === null || dateOf(row, 'AssessmentAuthorisationDate') !== null) return false;
      return workingDaysBetween(start, data.meta.referenceDate) > WORKING_DAYS;
    });
    return cellsFor('Assessments', wrong, ['AssessmentAuthorisationDate', 'AssessmentActualStartDate']);
  },
});
