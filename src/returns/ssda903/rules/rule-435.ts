/**
 * DfE rule 435: RNE P or T (placement changed, legal status did not) needs the same LS as the previous
 * episode and at least one placement item (PLACE, PL_POST, URN, PLACE_PROVIDER) changed.
 */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val } from './helpers.ts';
import { consecutivePairs, PLACEMENT_ITEMS, sameCell } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const eps = rowsOf(data, 'Episodes');
  const flagged = consecutivePairs(eps, 'DECOM').filter(([p, c]) => {
    if (!['P', 'T'].includes(val(eps[c], 'RNE') ?? '')) return false;
    const legalStatusChanged = !sameCell(eps[c], eps[p], 'LS', false);
    const placementSame = PLACEMENT_ITEMS.every((item) => sameCell(eps[c], eps[p], item, false));
    return legalStatusChanged || placementSame;
  }).map(([, c]) => c);
  return flagRows('Episodes', flagged);
}

export const rule435: Rule903 = defineRule({
  code: '435',
  message: 'Reason for new episode is that child’s placement has changed but not the legal status, but this is not '
    + 'reflected in the episode data recorded.',
  affectedFields: ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
