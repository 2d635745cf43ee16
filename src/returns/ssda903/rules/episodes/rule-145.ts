/** DfE rule 145: Episodes.CIN must be a valid code; a blank cell is allowed. Category of need: N1-N8 only (N0 and N9 are CIN census codes). */
import { defineRule } from '../../../rules/define-rule.ts';
import { CIN_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '145',
  message: 'Category of need code is not a valid code.',
  affectedFields: ['CIN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Episodes', 'CIN', CIN_CODES, false),
});
