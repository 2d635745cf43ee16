/**
 * DfE rule 453: when the first episode this year continues last year's open final episode (same RNE),
 * the placement distance must agree to within 0.2 miles (a distance given in one year only also differs).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { continuedEpisodes, distancesDiffer } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_PLACEMENT_DISTANCE } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '453',
  message:
    'Contradiction between placement distance in the last episode of the previous year and in the first episode ' +
    'of the current year.',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_PLACEMENT_DISTANCE,
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged = continuedEpisodes(data, 'blank')
      .filter(([index, last]) => {
        const row = episodes[index];
        return val(row, 'RNE') !== null && val(row, 'RNE') === val(last, 'RNE') && distancesDiffer(row, last);
      })
      .map(([index]) => index);
    return flagRows('Episodes', flagged);
  },
});
