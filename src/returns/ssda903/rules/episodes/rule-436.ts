/**
 * DfE rule 436: RNE U or B (both placement and legal status changed) needs a different LS from the
 * previous episode and at least one placement item changed (blank matches blank).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { sameCell, val } from '../cells.ts';
import { PLACEMENT_ITEMS } from '../episodes.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '436',
  message: 'Reason for new episode is that both child’s placement and legal status have changed, but this is not '
    + 'reflected in the episode data.',
  affectedFields: ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const eps = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(eps, 'DECOM').filter(([p, c]) => {
      if (!['U', 'B'].includes(val(eps[c], 'RNE') ?? '')) return false;
      const sameLegalStatus = sameCell(eps[c], eps[p], 'LS', true);
      const placementSame = PLACEMENT_ITEMS.every((item) => sameCell(eps[c], eps[p], item, true));
      return sameLegalStatus || placementSame;
    }).map(([, c]) => c);
    return flagRows('Episodes', flagged);
  },
});
