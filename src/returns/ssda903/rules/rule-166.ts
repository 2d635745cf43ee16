/** DfE rule 166: Reviews.REVIEW must be a valid date; a blank cell is flagged. Date of the statutory review; a review row needs a date. */
import { invalidDateRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule166: Rule903 = invalidDateRule({
  code: '166',
  message: 'Date of review is invalid or blank.',
  affectedFields: ['REVIEW'],
  tables: ['Reviews'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Reviews', 'REVIEW', true);
