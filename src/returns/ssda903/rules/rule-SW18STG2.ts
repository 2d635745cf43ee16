/** Social worker rule SW18STG2 (from 2025-26): a social worker episode must end after the day it started. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('SWEpisodes', whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
    const start = dateOf(row, 'SW_DECOM');
    const end = dateOf(row, 'SW_DEC');
    return start !== null && end !== null && end <= start;
  }));
}

export const ruleSW18STG2: Rule903 = defineRule({
  code: 'SW18STG2',
  message: 'The end date of the social worker episode is before the start date',
  affectedFields: ['SW_DEC', 'SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
}, validate);
