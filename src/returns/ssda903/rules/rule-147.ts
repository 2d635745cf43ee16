/** DfE rule 147: Episodes.DEC must be a valid date; a blank cell is allowed. Date the episode ceased, when given. */
import { invalidDateRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule147: Rule903 = invalidDateRule({
  code: '147',
  message: 'Date episode ceased is not a valid date.',
  affectedFields: ['DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Episodes', 'DEC', false);
