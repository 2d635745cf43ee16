/** DfE rule 143: Episodes.RNE must be a valid code; a blank cell is allowed. Reason for new episode. */
import { defineRule } from '../../../rules/define-rule.ts';
import { RNE_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '143',
  message: 'The reason for new episode code is not a valid code.',
  affectedFields: ['RNE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Episodes', 'RNE', RNE_CODES, false),
});
