/** DfE rule 113: AD1.DATE_MATCH must be a valid date; a blank cell is allowed. Date the child was matched with adopter(s), when given. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '113',
  message: 'Date matching child and adopter(s) is not a valid date.',
  affectedFields: ['DATE_MATCH'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('AD1', 'DATE_MATCH', false),
});
