/** DfE rule 440: review participation PN0 is for children under 4 on the review date. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '440',
  message:
    'Participation method indicates child was under 4 years old at the time of the review, but date of birth and ' +
    'review date indicates the child was 4 years old or over.',
  affectedFields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
  tables: ['Reviews'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Reviews',
      whereRows(rowsOf(data, 'Reviews'), (row) => {
        const dob = dateOf(row, 'DOB');
        const review = dateOf(row, 'REVIEW');
        // The open validator flags from the day after the 4th birthday; we keep its boundary.
        return val(row, 'REVIEW_CODE') === 'PN0' && dob !== null && review !== null && review > addYears(dob, 4);
      }),
    );
  },
});
