/** DfE 4014: a child's CIN plans must not overlap; a plan starting on the day another ends counts as overlapping, and an open plan runs to the reference date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { findOverlaps } from '../overlap.ts';
import { cellsFor, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4014',
  message: 'CIN Plan data contains overlapping dates',
  affectedFields: ['CINPlanStartDate', 'CINPlanEndDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'Header'],
  validate(data) {
    const rows = rowsOf(data, 'CINplanDates');
    const { laterStarts, earlierPeriods } = findOverlaps(
      rows,
      (row, index) => ({
        start: dateOf(row, 'CINPlanStartDate'),
        end: dateOf(row, 'CINPlanEndDate'),
        identity: String(index),
      }),
      data.meta.referenceDate,
    );
    return [
      ...cellsFor('CINplanDates', [...laterStarts, ...earlierPeriods], ['CINPlanStartDate']),
      ...cellsFor('CINplanDates', earlierPeriods, ['CINPlanEndDate']),
    ];
  },
});
