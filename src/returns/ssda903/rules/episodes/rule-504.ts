/**
 * DfE rule 504: category of need is recorded at the start of a period of care and does not change
 * within it: an episode that follows one ending X1 (continuation) on the same day keeps its CIN.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '504',
  message: 'The category of need code differs from that reported at start of current period of being looked after',
  affectedFields: ['CIN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const eps = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(eps, 'DECOM')
      .filter(([p, c]) => {
        const previousDec = dateOf(eps[p], 'DEC');
        return (
          val(eps[p], 'REC') === 'X1' &&
          previousDec !== null &&
          previousDec === dateOf(eps[c], 'DECOM') &&
          (val(eps[c], 'CIN') === null || val(eps[c], 'CIN') !== val(eps[p], 'CIN'))
        );
      })
      .map(([, c]) => c);
    return flagRows('Episodes', flagged);
  },
});
