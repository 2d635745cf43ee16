/** DfE 8940: a child's CP plans must not overlap; a plan starting on the day another ends counts as overlapping, and an open plan runs to the reference date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { findOverlaps } from '../overlap.ts';
import { cellsFor, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8940',
  message: 'Child Protection Plan data contains overlapping dates',
  affectedFields: ['CPPstartDate', 'CPPendDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'Header'],
  validate(data) {
    const rows = rowsOf(data, 'ChildProtectionPlans');
    const { laterStarts, earlierPeriods } = findOverlaps(
      rows,
      (row, index) => ({ start: dateOf(row, 'CPPstartDate'), end: dateOf(row, 'CPPendDate'), identity: String(index) }),
      data.meta.referenceDate,
    );
    return [
      ...cellsFor('ChildProtectionPlans', [...laterStarts, ...earlierPeriods], ['CPPstartDate']),
      ...cellsFor('ChildProtectionPlans', earlierPeriods, ['CPPendDate']),
    ];
  },
});
