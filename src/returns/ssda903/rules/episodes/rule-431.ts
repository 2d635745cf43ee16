/**
 * DfE rule 431: an episode that starts a new period of care (RNE S) cannot start on or before the day
 * the child's previous episode ended; a same-day start is a continuation, not a new period.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '431',
  message: 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
  affectedFields: ['RNE', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const [previous, current] of consecutivePairs(episodes, 'DECOM')) {
      const decom = dateOf(episodes[current], 'DECOM');
      const previousDec = dateOf(episodes[previous], 'DEC');
      if (val(episodes[current], 'RNE') === 'S' && decom !== null && previousDec !== null && decom <= previousDec) {
        flagged.push(current);
      }
    }
    return flagRows('Episodes', flagged);
  },
});
