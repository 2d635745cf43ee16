/** DfE rule 131: OC3.IN_TOUCH must be a valid code; a blank cell is flagged. Whether the LA is in touch with the care leaver. */
import { defineRule } from '../../../rules/define-rule.ts';
import { IN_TOUCH_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '131',
  message: 'Data entry for being in touch after leaving care is invalid.',
  affectedFields: ['IN_TOUCH'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('OC3', 'IN_TOUCH', IN_TOUCH_CODES, true),
});
