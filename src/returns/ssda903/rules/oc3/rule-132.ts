/** DfE rule 132: OC3.ACTIV must be a valid code; a blank cell is flagged. Care leaver's main activity. */
import { defineRule } from '../../../rules/define-rule.ts';
import { ACTIV_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '132',
  message: 'Data entry for activity after leaving care is invalid.',
  affectedFields: ['ACTIV'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('OC3', 'ACTIV', ACTIV_CODES, true),
});
