/**
 * Social worker rule SW14STG2 (2023-24 only): only the child's latest social worker episode (by start
 * date) may be left without an end date. Retired by the DfE for 2024-25 (retired.ts).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, orderedBy, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW14STG2',
  message: 'Social worker episode date ceased is blank.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024, to: 2024 },
  validate(data) {
    const sw = rowsOf(data, 'SWEpisodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(sw).values()) {
      const ordered = orderedBy(sw, indices, 'SW_DECOM');
      flagged.push(...ordered.slice(0, -1).filter((i) => dateOf(sw[i], 'SW_DEC') === null));
    }
    return flagRows('SWEpisodes', flagged);
  },
});
