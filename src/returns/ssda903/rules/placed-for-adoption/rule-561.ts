/**
 * DfE rule 561: if last year's decision was reversed (DATE_PLACED_CEASED or REASON_PLACED_CEASED given),
 * this year's decision is a new one, so its DATE_PLACED cannot be the same as last year's.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { sameDate } from '../dates.ts';
import { joinLastYear } from '../joins.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '561',
  message:
    'Date of the decision that the child should be placed for adoption this year is the same as that recorded last ' +
    'year but records show that the decision changed, and the child should no longer be placed for adoption last year.',
  affectedFields: ['DATE_PLACED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const placed = rowsOf(data, 'PlacedAdoption');
    const flagged = joinLastYear(data, 'PlacedAdoption')
      .filter(
        ([index, last]) =>
          sameDate(placed[index], last, 'DATE_PLACED') &&
          (val(last, 'REASON_PLACED_CEASED') !== null || val(last, 'DATE_PLACED_CEASED') !== null),
      )
      .map(([index]) => index);
    return flagRows('PlacedAdoption', flagged);
  },
});
