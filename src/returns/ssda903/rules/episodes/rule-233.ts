/** DfE rule 233 (from 2025-26): no reason for placement change while the episode is still open (no DEC). */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '233',
  message: 'Reason for placement change is not required when the episode has not ceased.',
  affectedFields: ['REASON_PLACE_CHANGE', 'REASON_PLACE_CHANGE'],
  tables: ['Episodes'],
  years: { from: 2026 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => !has(row, 'DEC') && has(row, 'REASON_PLACE_CHANGE')),
    );
  },
});
