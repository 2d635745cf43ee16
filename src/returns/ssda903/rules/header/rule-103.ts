/** DfE rule 103: Header.ETHNIC must be a valid code; a blank cell is flagged. Ethnic origin must be one of the DfE ethnicity codes. */
import { defineRule } from '../../../rules/define-rule.ts';
import { ETHNIC_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '103',
  message: 'The ethnicity code is either not valid or has not been entered.',
  affectedFields: ['ETHNIC'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('Header', 'ETHNIC', ETHNIC_CODES, true),
});
