/**
 * Social worker rule SW19STG2 (from 2025-26): a child cannot have two social worker episodes starting on
 * the same date; the second and later ones are flagged.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const seen = new Set<string>();
  return flagRows('SWEpisodes', whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
    const key = `${val(row, 'CHILD')}|${dateOf(row, 'SW_DECOM') ?? val(row, 'SW_DECOM')}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  }));
}

export const ruleSW19STG2: Rule903 = defineRule({
  code: 'SW19STG2',
  message: 'There are 2 social worker episodes for the child starting on the same date.',
  affectedFields: ['SW_DEC', 'SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
}, validate);
