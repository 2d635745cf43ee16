/** DfE rule 166: Reviews.REVIEW must be a valid date; a blank cell is flagged. Date of the statutory review; a review row needs a date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '166',
  message: 'Date of review is invalid or blank.',
  affectedFields: ['REVIEW'],
  tables: ['Reviews'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('Reviews', 'REVIEW', true),
});
