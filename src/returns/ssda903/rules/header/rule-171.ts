/** DfE rule 171: Header.MC_DOB must be a valid date; a blank cell is allowed. Date of birth of the mother's child, when given. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '171',
  message: "Date of birth of mother's child is not a valid date.",
  affectedFields: ['MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('Header', 'MC_DOB', false),
});
