/**
 * Social worker rule SW15STG2 (from 2024-25): SW_REASON is needed for social worker episodes starting in
 * the previous collection year or later (undated ones included).
 */
import type { Dataset903 } from '../dataset.ts';
import { addYears, dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const from = addYears(data.meta.collectionStart, -1);
  return flagRows('SWEpisodes', whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
    const start = dateOf(row, 'SW_DECOM');
    return val(row, 'SW_REASON') === null && !(start !== null && start < from);
  }));
}

export const ruleSW15STG2: Rule903 = defineRule({
  code: 'SW15STG2',
  message: 'Reason for social worker change is missing.',
  affectedFields: ['SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
}, validate);
