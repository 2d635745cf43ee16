/**
 * DfE rule 560: if last year's decision to place for adoption was still in force (no
 * DATE_PLACED_CEASED), this year's DATE_PLACED must be the same date.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { sameDate } from '../dates.ts';
import { joinLastYear } from '../joins.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '560',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last ' +
    'year but the decision to place the child for adoption did not change.',
  affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const placed = rowsOf(data, 'PlacedAdoption');
    const flagged = joinLastYear(data, 'PlacedAdoption')
      .filter(
        ([index, last]) =>
          val(last, 'DATE_PLACED') !== null &&
          val(last, 'DATE_PLACED_CEASED') === null &&
          !sameDate(placed[index], last, 'DATE_PLACED'),
      )
      .map(([index]) => index);
    return flagRows('PlacedAdoption', flagged);
  },
});
