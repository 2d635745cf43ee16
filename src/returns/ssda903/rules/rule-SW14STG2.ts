/**
 * Social worker rule SW14STG2 (from 2023-24): only the child's latest social worker episode (by start
 * date) may be left without an end date.
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
    flagged.push(...ordered.slice(0, -1).filter((i) => dateOf(sw[i], 'SW_DEC') === null));
  }
  return flagRows('SWEpisodes', flagged);
}

export const ruleSW14STG2: Rule903 = defineRule({
  code: 'SW14STG2',
  message: 'Social worker episode date ceased is blank.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
}, validate);
