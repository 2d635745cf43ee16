/** DfE rule 167: Reviews.REVIEW_CODE must be a valid code; a blank cell is allowed. Participation of the child in the review: PN0-PN7. */
import { defineRule } from '../../../rules/define-rule.ts';
import { REVIEW_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '167',
  message: 'Data entry for participation is invalid or blank.',
  affectedFields: ['REVIEW_CODE'],
  tables: ['Reviews'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Reviews', 'REVIEW_CODE', REVIEW_CODES, false),
});
