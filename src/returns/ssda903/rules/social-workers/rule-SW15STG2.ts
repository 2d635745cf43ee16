/**
 * Social worker rule SW15STG2 (from 2024-25): SW_REASON is needed for social worker episodes starting in
 * the previous collection year or later (undated ones included).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW15STG2',
  message: 'Reason for social worker change is missing.',
  affectedFields: ['SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
  validate(data) {
    const from = addYears(data.meta.collectionStart, -1);
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = dateOf(row, 'SW_DECOM');
        return val(row, 'SW_REASON') === null && !(start !== null && start < from);
      }),
    );
  },
});
