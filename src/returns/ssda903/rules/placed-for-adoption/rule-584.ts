/**
 * DfE rule 584: if last year's decision to place for adoption ended (ceased date or reason given), any
 * decision this year is a new one and must be dated after last year's DATE_PLACED.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinLastYear } from '../joins.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '584',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last ' +
    'year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.',
  affectedFields: ['DATE_PLACED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const placed = rowsOf(data, 'PlacedAdoption');
    const flagged = joinLastYear(data, 'PlacedAdoption')
      .filter(([index, last]) => {
        if (val(last, 'DATE_PLACED_CEASED') === null && val(last, 'REASON_PLACED_CEASED') === null) return false;
        const now = dateOf(placed[index], 'DATE_PLACED');
        const before = dateOf(last, 'DATE_PLACED');
        return val(placed[index], 'DATE_PLACED') === null || (now !== null && before !== null && now <= before);
      })
      .map(([index]) => index);
    return flagRows('PlacedAdoption', flagged);
  },
});
