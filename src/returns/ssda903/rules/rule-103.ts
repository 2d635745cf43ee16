/** DfE rule 103: Header.ETHNIC must be a valid code; a blank cell is flagged. Ethnic origin must be one of the DfE ethnicity codes. */
import { ETHNIC_CODES } from './codes.ts';
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule103: Rule903 = invalidCodeRule({
  code: '103',
  message: 'The ethnicity code is either not valid or has not been entered.',
  affectedFields: ['ETHNIC'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Header', 'ETHNIC', ETHNIC_CODES, true);
