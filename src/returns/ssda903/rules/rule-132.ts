/** DfE rule 132: OC3.ACTIV must be a valid code; a blank cell is flagged. Care leaver's main activity. */
import { ACTIV_CODES } from './codes.ts';
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule132: Rule903 = invalidCodeRule({
  code: '132',
  message: 'Data entry for activity after leaving care is invalid.',
  affectedFields: ['ACTIV'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'OC3', 'ACTIV', ACTIV_CODES, true);
