/** DfE rule 1009: REASON_PLACE_CHANGE, when given, must be one of the DfE reasons for a placement change. */
import { defineRule } from '../../../rules/define-rule.ts';
import { REASON_PLACE_CHANGE_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1009',
  message: 'Reason for placement change is not a valid code.',
  affectedFields: ['REASON_PLACE_CHANGE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Episodes', 'REASON_PLACE_CHANGE', REASON_PLACE_CHANGE_CODES, false),
});
