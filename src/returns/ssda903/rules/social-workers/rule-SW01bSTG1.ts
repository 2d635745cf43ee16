/**
 * Social worker rule SW01bSTG1 (from 2024-25): every social worker episode needs its start date; one
 * that started on or after 1 April 2023 needs SW_ID and SW_REASON too.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW01bSTG1',
  message: 'For each social worker episode, information should be complete',
  affectedFields: ['SW_DECOM', 'SW_ID', 'SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = dateOf(row, 'SW_DECOM');
        return (
          start === null || (start >= '2023-04-01' && (val(row, 'SW_ID') === null || val(row, 'SW_REASON') === null))
        );
      }),
    );
  },
});
