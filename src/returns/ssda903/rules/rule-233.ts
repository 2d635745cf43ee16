/** DfE rule 233 (from 2025-26): no reason for placement change while the episode is still open (no DEC). */
import { defineRule, flagRows, has, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

export const rule233: Rule903 = defineRule({
  code: '233',
  message: 'Reason for placement change is not required when the episode has not ceased.',
  affectedFields: ['REASON_PLACE_CHANGE', 'REASON_PLACE_CHANGE'],
  tables: ['Episodes'],
  years: { from: 2026 },
}, (data) => flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'),
  (row) => !has(row, 'DEC') && has(row, 'REASON_PLACE_CHANGE'))));
