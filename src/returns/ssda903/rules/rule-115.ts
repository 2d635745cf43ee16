/** DfE rule 115: PlacedAdoption.DATE_PLACED must be a valid date; a blank cell is allowed. Date of the LA decision that the child should be placed for adoption. */
import { invalidDateRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule115: Rule903 = invalidDateRule({
  code: '115',
  message: 'Date of Local Authority\'s (LA) decision that a child should be placed for adoption is not a valid date.',
  affectedFields: ['DATE_PLACED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'PlacedAdoption', 'DATE_PLACED', false);
