/**
 * DfE rule 503G: this year's first episode continues last year's open final episode, so the placement
 * distance must agree to within 0.2 miles; a distance given in one year and blank in the other is also
 * a mismatch.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { continuedEpisodes, distancesDiffer } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_PLACEMENT_DISTANCE } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '503G',
  message: 'The distance in first episode does not match open episode at end of last year.',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_PLACEMENT_DISTANCE,
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged = continuedEpisodes(data, 'undated')
      .filter(([index, last]) => distancesDiffer(episodes[index], last))
      .map(([index]) => index);
    return flagRows('Episodes', flagged);
  },
});
