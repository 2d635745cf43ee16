/** DfE rule 196: the reason for no SDQ score, when given, is SDQ1-SDQ5. */
import { SDQ_REASON_CODES } from './codes.ts';
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule196: Rule903 = invalidCodeRule({
  code: '196',
  message: 'Strengths and Difficulties (SDQ) reason is not a valid code.',
  affectedFields: ['SDQ_REASON'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'OC2', 'SDQ_REASON', SDQ_REASON_CODES, false);
