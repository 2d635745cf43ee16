/**
 * DfE rule 436: RNE U or B (both placement and legal status changed) needs a different LS from the
 * previous episode and at least one placement item changed (blank matches blank).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { newEpisodeNotAsReasonSays } from '../episodes.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '436',
  message:
    'Reason for new episode is that both child’s placement and legal status have changed, but this is not ' +
    'reflected in the episode data.',
  affectedFields: ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: newEpisodeNotAsReasonSays(
    ['U', 'B'],
    { legalStatus: 'changed', placement: 'changed' },
    { legalStatus: true, placement: true },
  ),
});
