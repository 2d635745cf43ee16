/**
 * DfE rule 435: RNE P or T (placement changed, legal status did not) needs the same LS as the previous
 * episode and at least one placement item (PLACE, PL_POST, URN, PLACE_PROVIDER) changed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { newEpisodeNotAsReasonSays } from '../episodes.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '435',
  message:
    'Reason for new episode is that child’s placement has changed but not the legal status, but this is not ' +
    'reflected in the episode data recorded.',
  affectedFields: ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: newEpisodeNotAsReasonSays(
    ['P', 'T'],
    { legalStatus: 'same', placement: 'changed' },
    { legalStatus: false, placement: false },
  ),
});
