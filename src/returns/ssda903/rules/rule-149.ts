/** DfE rule 149: Episodes.REC must be a valid code; a blank cell is allowed. Reason the episode ceased. */
import { REC_CODES } from './codes.ts';
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule149: Rule903 = invalidCodeRule({
  code: '149',
  message: 'Reason episode ceased code is not valid.',
  affectedFields: ['REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Episodes', 'REC', REC_CODES, false);
