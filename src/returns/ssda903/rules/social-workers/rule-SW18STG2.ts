/** Social worker rule SW18STG2 (from 2025-26): a social worker episode must end after the day it started. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW18STG2',
  message: 'The end date of the social worker episode is before the start date',
  affectedFields: ['SW_DEC', 'SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = dateOf(row, 'SW_DECOM');
        const end = dateOf(row, 'SW_DEC');
        return start !== null && end !== null && end <= start;
      }),
    );
  },
});
