/**
 * DfE rule 435: RNE P or T (placement changed, legal status did not) needs the same LS as the previous
 * episode and at least one placement item (PLACE, PL_POST, URN, PLACE_PROVIDER) changed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { sameCell, val } from '../cells.ts';
import { PLACEMENT_ITEMS } from '../episodes.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '435',
  message: 'Reason for new episode is that child’s placement has changed but not the legal status, but this is not '
    + 'reflected in the episode data recorded.',
  affectedFields: ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const eps = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(eps, 'DECOM').filter(([p, c]) => {
      if (!['P', 'T'].includes(val(eps[c], 'RNE') ?? '')) return false;
      const legalStatusChanged = !sameCell(eps[c], eps[p], 'LS', false);
      const placementSame = PLACEMENT_ITEMS.every((item) => sameCell(eps[c], eps[p], item, false));
      return legalStatusChanged || placementSame;
    }).map(([, c]) => c);
    return flagRows('Episodes', flagged);
  },
});
