/**
 * Social worker rule SW08STG2 (from 2023-24): only a child's latest social worker episode (by start
 * date) may be open; an earlier one without an end date is flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, orderedBy, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW08STG2',
  message: 'A new social worker episode has started, but the previous episode has not ended.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
  validate(data) {
    const sw = rowsOf(data, 'SWEpisodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(sw).values()) {
      const ordered = orderedBy(sw, indices, 'SW_DECOM');
      for (const i of ordered.slice(0, -1)) {
        if (dateOf(sw[i], 'SW_DEC') === null && dateOf(sw[i], 'SW_DECOM') !== null) flagged.push(i);
      }
    }
    return flagRows('SWEpisodes', flagged);
  },
});
