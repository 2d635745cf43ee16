/** DfE rule 114: AD1.FOSTER_CARE must be a valid code; a blank cell is allowed. Adopted by former foster carer(s): 0 no, 1 yes. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '114',
  message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.',
  affectedFields: ['FOSTER_CARE'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('AD1', 'FOSTER_CARE', ['0', '1'], false),
});
