/** DfE rule 144: Episodes.LS must be a valid code; a blank cell is allowed. Legal status. */
import { LS_CODES } from './codes.ts';
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule144: Rule903 = invalidCodeRule({
  code: '144',
  message: 'The legal status code is not a valid code.',
  affectedFields: ['LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Episodes', 'LS', LS_CODES, false);
