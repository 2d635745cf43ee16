/** DfE rule 171: Header.MC_DOB must be a valid date; a blank cell is allowed. Date of birth of the mother's child, when given. */
import { invalidDateRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule171: Rule903 = invalidDateRule({
  code: '171',
  message: 'Date of birth of mother\'s child is not a valid date.',
  affectedFields: ['MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Header', 'MC_DOB', false);
