/**
 * DfE rule 434: RNE L (legal status changed, placement did not) needs a different LS from the previous
 * episode and the same placement items (PLACE, PL_POST, URN, PLACE_PROVIDER; blank matches blank).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, sameCell, val } from '../cells.ts';
import { PLACEMENT_ITEMS } from '../episodes.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '434',
  message: "Reason for new episode is that child's legal status has changed but not the placement, but this is not "
    + 'reflected in the episode data.',
  affectedFields: ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const eps = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(eps, 'DECOM').filter(([p, c]) => {
      if (val(eps[c], 'RNE') !== 'L') return false;
      const sameLegalStatus = sameCell(eps[c], eps[p], 'LS', false);
      const placementChanged = PLACEMENT_ITEMS.some((item) => !sameCell(eps[c], eps[p], item, true));
      return sameLegalStatus || placementChanged;
    }).map(([, c]) => c);
    return flagRows('Episodes', flagged);
  },
});
