/** DfE rule 175: AD1.NB_ADOPTR must be a valid code; a blank cell is allowed. Number of adopters: one or two. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '175',
  message: 'The number of adopter(s) code is not a valid code.',
  affectedFields: ['NB_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('AD1', 'NB_ADOPTR', ['1', '2'], false),
});
