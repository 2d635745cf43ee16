/** DfE rule 501: a child's episodes must not overlap: each starts on or after the previous one's DEC. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '501',
  message: 'A new episode has started before the end date of the previous episode.',
  affectedFields: ['DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(episodes, 'DECOM')
      .filter(([p, c]) => {
        const decom = dateOf(episodes[c], 'DECOM');
        const previousDec = dateOf(episodes[p], 'DEC');
        return decom !== null && previousDec !== null && decom < previousDec;
      })
      .map(([, c]) => c);
    return flagRows('Episodes', flagged);
  },
});
