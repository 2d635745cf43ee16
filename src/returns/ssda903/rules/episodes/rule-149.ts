/** DfE rule 149: Episodes.REC must be a valid code; a blank cell is allowed. Reason the episode ceased. */
import { defineRule } from '../../../rules/define-rule.ts';
import { REC_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '149',
  message: 'Reason episode ceased code is not valid.',
  affectedFields: ['REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Episodes', 'REC', REC_CODES, false),
});
