/**
 * Social worker rule SW03STG1 (2023-24 only): each social worker episode needs SW_ID, SW_DECOM and SW_REASON.
 * Retired by the DfE for 2024-25, when SW01aSTG1 (same message) and SW01bSTG1 took its place (retired.ts).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW03STG1',
  message: 'For each social worker episode, information should be complete.',
  affectedFields: ['SW_ID', 'SW_DECOM', 'SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2024, to: 2024 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) =>
        ['SW_ID', 'SW_DECOM', 'SW_REASON'].some((item) => val(row, item) === null),
      ),
    );
  },
});
