/**
 * DfE rule 434: RNE L (legal status changed, placement did not) needs a different LS from the previous
 * episode and the same placement items (PLACE, PL_POST, URN, PLACE_PROVIDER; blank matches blank).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { newEpisodeNotAsReasonSays } from '../episodes.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '434',
  message:
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not " +
    'reflected in the episode data.',
  affectedFields: ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: newEpisodeNotAsReasonSays(
    ['L'],
    { legalStatus: 'changed', placement: 'same' },
    { legalStatus: false, placement: true },
  ),
});
