/**
 * Social worker rule SW01bSTG1 (from 2024-25): every social worker episode needs its start date; one
 * that started on or after 1 April 2023 needs SW_ID and SW_REASON too.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('SWEpisodes', whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
    const start = dateOf(row, 'SW_DECOM');
    return start === null
      || (start >= '2023-04-01' && (val(row, 'SW_ID') === null || val(row, 'SW_REASON') === null));
  }));
}

export const ruleSW01bSTG1: Rule903 = defineRule({
  code: 'SW01bSTG1',
  message: 'For each social worker episode, information should be complete',
  affectedFields: ['SW_DECOM', 'SW_ID', 'SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
}, validate);
