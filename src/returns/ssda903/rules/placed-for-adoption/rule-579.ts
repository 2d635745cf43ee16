/**
 * DfE rule 579: decisions to place for adoption cannot overlap: a new decision needs the previous one
 * to have ceased, on or before the new decision's date.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '579',
  message:
    'A new decision that the child should be placed for adoption this year cannot start when the previous decision ' +
    'is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to ' +
    'place the child for adoption must not be before the date placed ceased of previous decisions.',
  affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const placed = rowsOf(data, 'PlacedAdoption');
    const flagged = consecutivePairs(placed, 'DATE_PLACED')
      .filter(([p, c]) => {
        const previousCeased = dateOf(placed[p], 'DATE_PLACED_CEASED');
        const decided = dateOf(placed[c], 'DATE_PLACED');
        return previousCeased === null || (decided !== null && decided < previousCeased);
      })
      .map(([, c]) => c);
    return flagRows('PlacedAdoption', flagged);
  },
});
