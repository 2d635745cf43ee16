/**
 * Social worker rule SW11bSTG2 (from 2023-24): a child's social worker episode that ended in the last 5
 * days before 31 March needs a following episode: the child's final episode cannot have ended then, and
 * the episode after one that ended then must have a start date.
 */
import { addDays } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf, looseDate } from '../dates.ts';
import { extremeByChild, flagRows, groupByChild, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';
import { socialWorkerPairs } from '../social-workers.ts';

export const rule: Rule903 = defineRule({
  code: 'SW11bSTG2',
  message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
  validate(data) {
    const sw = rowsOf(data, 'SWEpisodes');
    const end = data.meta.collectionEnd;
    const cutOff = addDays(end, -5);
    const flagged = socialWorkerPairs(data)
      .filter(([p, c]) => {
        const previousEnd = looseDate(val(sw[p], 'SW_DEC'));
        return previousEnd !== null && previousEnd >= cutOff && dateOf(sw[c], 'SW_DECOM') === null;
      })
      .map(([, c]) => c);
    const ended = sw.map((row) => ({ ...row, SW_DEC: looseDate(val(row, 'SW_DEC')) }));
    const byChild = groupByChild(sw);
    for (const [child, last] of extremeByChild(ended, 'SW_DEC', 'latest')) {
      const stillOpen = (byChild.get(child) ?? []).some((i) => val(sw[i], 'SW_DEC') === null);
      const finalEnd = val(ended[last], 'SW_DEC')!;
      if (!stillOpen && finalEnd >= cutOff && finalEnd <= end) flagged.push(last);
    }
    return flagRows('SWEpisodes', flagged);
  },
});
