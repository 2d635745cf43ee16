/** DfE rule 177: AD1.LS_ADOPTR must be a valid code; a blank cell is allowed. Legal status of adopter(s). */
import { defineRule } from '../../../rules/define-rule.ts';
import { LS_ADOPTR_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '177',
  message: 'The legal status of adopter(s) code is not a valid code.',
  affectedFields: ['LS_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('AD1', 'LS_ADOPTR', LS_ADOPTR_CODES, false),
});
