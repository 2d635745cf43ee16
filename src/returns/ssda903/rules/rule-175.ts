/** DfE rule 175: AD1.NB_ADOPTR must be a valid code; a blank cell is allowed. Number of adopters: one or two. */
import { invalidCodeRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule175: Rule903 = invalidCodeRule({
  code: '175',
  message: 'The number of adopter(s) code is not a valid code.',
  affectedFields: ['NB_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'AD1', 'NB_ADOPTR', ['1', '2'], false);
