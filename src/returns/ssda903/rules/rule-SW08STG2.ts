/**
 * Social worker rule SW08STG2 (from 2023-24): only a child's latest social worker episode (by start
 * date) may be open; an earlier one without an end date is flagged.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, groupByChild, rowsOf } from './helpers.ts';
import { orderedBy } from './helpers-b.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const sw = rowsOf(data, 'SWEpisodes');
  const flagged: number[] = [];
  for (const indices of groupByChild(sw).values()) {
    const ordered = orderedBy(sw, indices, 'SW_DECOM');
    for (const i of ordered.slice(0, -1)) {
      if (dateOf(sw[i], 'SW_DEC') === null && dateOf(sw[i], 'SW_DECOM') !== null) flagged.push(i);
    }
  }
  return flagRows('SWEpisodes', flagged);
}

export const ruleSW08STG2: Rule903 = defineRule({
  code: 'SW08STG2',
  message: 'A new social worker episode has started, but the previous episode has not ended.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
}, validate);
