/**
 * Social worker rule SW11aSTG2 (2023-24 only): when a social worker episode ended more than 5 days
 * before 31 March, the child's next episode must start within 5 days of that end (and must have a start).
 * Retired by the DfE for 2024-25 (retired.ts).
 */
import { addDays } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';
import { socialWorkerPairs } from '../social-workers.ts';

export const rule: Rule903 = defineRule({
  code: 'SW11aSTG2',
  message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024, to: 2024 },
  validate(data) {
    const sw = rowsOf(data, 'SWEpisodes');
    const cutOff = addDays(data.meta.collectionEnd, -5);
    const flagged = socialWorkerPairs(data)
      .filter(([p, c]) => {
        const previousEnd = dateOf(sw[p], 'SW_DEC');
        if (previousEnd === null || previousEnd > cutOff) return false;
        const start = dateOf(sw[c], 'SW_DECOM');
        return start === null || start < addDays(previousEnd, -5) || start > addDays(previousEnd, 5);
      })
      .map(([, c]) => c);
    return flagRows('SWEpisodes', flagged);
  },
});
