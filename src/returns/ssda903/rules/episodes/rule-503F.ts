/**
 * DfE rule 503F: this year's first episode continues last year's open final episode, so URN must be
 * the same as in that episode.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { firstEpisodeChanged } from '../episodes.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '503F',
  message: 'The Ofsted URN in the  first episode does not match open episode at end of last year.',
  affectedFields: ['URN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return firstEpisodeChanged(data, 'URN');
  },
});
