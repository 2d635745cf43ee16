/**
 * Social worker rule SW10bSTG2 (from 2025-26): an episode for a first contact (SW_REASON FCONTA) starts
 * a new allocation, so it must start after the child's previous social worker episode ended.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf, looseDate } from '../dates.ts';
import { flagRows, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';
import { socialWorkerPairs } from '../social-workers.ts';

export const rule: Rule903 = defineRule({
  code: 'SW10bSTG2',
  message:
    'A new social worker episode has started with a reason of first contact before the previous episode has ' +
    'ended.',
  affectedFields: ['SW_DECOM', 'SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
  validate(data) {
    const sw = rowsOf(data, 'SWEpisodes');
    const flagged = socialWorkerPairs(data)
      .filter(([p, c]) => {
        const start = dateOf(sw[c], 'SW_DECOM');
        const previousEnd = looseDate(val(sw[p], 'SW_DEC'));
        return val(sw[c], 'SW_REASON') === 'FCONTA' && start !== null && previousEnd !== null && start <= previousEnd;
      })
      .map(([, c]) => c);
    return flagRows('SWEpisodes', flagged);
  },
});
