/** DfE rule 115: PlacedAdoption.DATE_PLACED must be a valid date; a blank cell is allowed. Date of the LA decision that the child should be placed for adoption. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '115',
  message: "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
  affectedFields: ['DATE_PLACED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('PlacedAdoption', 'DATE_PLACED', false),
});
