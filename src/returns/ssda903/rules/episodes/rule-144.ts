/** DfE rule 144: Episodes.LS must be a valid code; a blank cell is allowed. Legal status. */
import { defineRule } from '../../../rules/define-rule.ts';
import { LS_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '144',
  message: 'The legal status code is not a valid code.',
  affectedFields: ['LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Episodes', 'LS', LS_CODES, false),
});
