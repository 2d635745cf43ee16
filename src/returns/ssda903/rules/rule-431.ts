/**
 * DfE rule 431: an episode that starts a new period of care (RNE S) cannot start on or before the day
 * the child's previous episode ended; a same-day start is a continuation, not a new period.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, val } from './helpers.ts';
import { consecutivePairs } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
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
}

export const rule431: Rule903 = defineRule({
  code: '431',
  message: 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
  affectedFields: ['RNE', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
