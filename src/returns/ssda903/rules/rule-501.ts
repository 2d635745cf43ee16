/** DfE rule 501: a child's episodes must not overlap: each starts on or after the previous one's DEC. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf } from './helpers.ts';
import { consecutivePairs } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const episodes = rowsOf(data, 'Episodes');
  const flagged = consecutivePairs(episodes, 'DECOM').filter(([p, c]) => {
    const decom = dateOf(episodes[c], 'DECOM');
    const previousDec = dateOf(episodes[p], 'DEC');
    return decom !== null && previousDec !== null && decom < previousDec;
  }).map(([, c]) => c);
  return flagRows('Episodes', flagged);
}

export const rule501: Rule903 = defineRule({
  code: '501',
  message: 'A new episode has started before the end date of the previous episode.',
  affectedFields: ['DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
