/** DfE rule 145: Episodes.CIN must be a valid code; a blank cell is allowed. Category of need: N1-N8 only (N0 and N9 are CIN census codes). */
import { CIN_CODES } from './codes.ts';
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule145: Rule903 = invalidCodeRule({
  code: '145',
  message: 'Category of need code is not a valid code.',
  affectedFields: ['CIN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Episodes', 'CIN', CIN_CODES, false);
