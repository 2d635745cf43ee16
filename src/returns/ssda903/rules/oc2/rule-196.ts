/** DfE rule 196: the reason for no SDQ score, when given, is SDQ1-SDQ5. */
import { defineRule } from '../../../rules/define-rule.ts';
import { SDQ_REASON_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '196',
  message: 'Strengths and Difficulties (SDQ) reason is not a valid code.',
  affectedFields: ['SDQ_REASON'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('OC2', 'SDQ_REASON', SDQ_REASON_CODES, false),
});
