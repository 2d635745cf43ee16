/**
 * Social worker rule SW17STG2 (from 2025-26): a child's latest social worker episode (by start date)
 * must still be open at 31 March: every child in the return has an allocated social worker.
 */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val } from './helpers.ts';
import { extremeByChild } from './helpers-b.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const sw = rowsOf(data, 'SWEpisodes');
  const flagged = [...extremeByChild(sw, 'SW_DECOM', 'latest').values()].filter((i) => val(sw[i], 'SW_DEC') !== null);
  return flagRows('SWEpisodes', flagged);
}

export const ruleSW17STG2: Rule903 = defineRule({
  code: 'SW17STG2',
  message: 'There is no social worker episode open at 31 March',
  affectedFields: ['SW_DEC', 'SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
}, validate);
