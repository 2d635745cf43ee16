/** DfE rule 141: Episodes.DECOM must be a valid date; a blank cell is allowed. Date the episode began (rule 141 checks form only; blanks are other rules' concern). */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '141',
  message: 'Date episode began is not a valid date.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('Episodes', 'DECOM', false),
});
