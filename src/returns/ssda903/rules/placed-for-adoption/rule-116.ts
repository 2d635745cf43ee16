/** DfE rule 116: PlacedAdoption.DATE_PLACED_CEASED must be a valid date; a blank cell is allowed. Date of the LA decision that the child should no longer be placed for adoption. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '116',
  message:
    "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
  affectedFields: ['DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('PlacedAdoption', 'DATE_PLACED_CEASED', false),
});
