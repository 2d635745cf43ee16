/**
 * Social worker rule SW01aSTG1 (from 2024-25): every social worker episode needs its start date; one
 * that started before 1 April 2023 (when the reason was not yet collected) needs SW_ID as well.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW01aSTG1',
  message: 'For each social worker episode, information should be complete',
  affectedFields: ['SW_DECOM', 'SW_ID'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = dateOf(row, 'SW_DECOM');
        return start === null || (start < '2023-04-01' && val(row, 'SW_ID') === null);
      }),
    );
  },
});
