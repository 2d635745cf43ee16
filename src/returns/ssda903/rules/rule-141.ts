/** DfE rule 141: Episodes.DECOM must be a valid date; a blank cell is allowed. Date the episode began (rule 141 checks form only; blanks are other rules' concern). */
import { invalidDateRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule141: Rule903 = invalidDateRule({
  code: '141',
  message: 'Date episode began is not a valid date.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'Episodes', 'DECOM', false);
