/** DfE rule 147: Episodes.DEC must be a valid date; a blank cell is allowed. Date the episode ceased, when given. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '147',
  message: 'Date episode ceased is not a valid date.',
  affectedFields: ['DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('Episodes', 'DEC', false),
});
