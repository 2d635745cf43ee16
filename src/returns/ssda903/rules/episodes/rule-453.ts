/**
 * DfE rule 453: when the first episode this year continues last year's open final episode (same RNE),
 * the placement distance must agree to within 0.2 miles (a distance given in one year only also differs).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { continuedEpisodes, distancesDiffer } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '453',
  message:
    'Contradiction between placement distance in the last episode of the previous year and in the first episode ' +
    'of the current year.',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: {
    notPossible:
      "Reads PL_DISTANCE, which the DfE derives from the grid references of the home and placement postcodes. The ONS data Kestrel may ship has eastings but no northings, so the distance cannot be derived from a council's file: the rule runs only on a return that carries PL_DISTANCE (the DfE's own extract).",
  },
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
