/** DfE rule 133: OC3.ACCOM must be a valid code; a blank cell is flagged. Care leaver's accommodation type and suitability. */
import { defineRule } from '../../../rules/define-rule.ts';
import { ACCOM_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '133',
  message:
    'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid',
  affectedFields: ['ACCOM'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('OC3', 'ACCOM', ACCOM_CODES, true),
});
