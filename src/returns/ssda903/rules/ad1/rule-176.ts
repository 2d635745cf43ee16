/** DfE rule 176: AD1.SEX_ADOPTR must be a valid code; a blank cell is allowed. Sex of adopter(s) at the adoption: M1, F1, MM, FF, MF. */
import { defineRule } from '../../../rules/define-rule.ts';
import { SEX_ADOPTR_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '176',
  message: 'The gender of adopter(s) at the date of adoption code is not a valid code.',
  affectedFields: ['SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('AD1', 'SEX_ADOPTR', SEX_ADOPTR_CODES, false),
});
