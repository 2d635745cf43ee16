/** DfE rule 441: review participation PN1-PN7 is for children aged 4 or over on the review date. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const FOUR_AND_OVER = ['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'];
export const rule: Rule903 = defineRule({
  code: '441',
  message:
    'Participation method indicates child was 4 years old or over at the time of the review, but the date of birth ' +
    'and review date indicates the child was under 4 years old.',
  affectedFields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
  tables: ['Reviews'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Reviews',
      whereRows(rowsOf(data, 'Reviews'), (row) => {
        const dob = dateOf(row, 'DOB');
        const review = dateOf(row, 'REVIEW');
        return (
          FOUR_AND_OVER.includes(val(row, 'REVIEW_CODE') ?? '') &&
          dob !== null &&
          review !== null &&
          review < addYears(dob, 4)
        );
      }),
    );
  },
});
