/** DfE 8940: a child's CP plans must not overlap; a plan starting on the day another ends counts as overlapping, and an open plan runs to the reference date. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, rowsOf } from './helpers.ts';
import { findOverlaps } from './overlap.ts';

export const rule = defineRule({
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
