/** DfE rule 112: AD1.DATE_INT must be a valid date; a blank cell is allowed. Date of the decision that the child should be placed for adoption, when given. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '112',
  message: 'Date should be placed for adoption is not a valid date.',
  affectedFields: ['DATE_INT'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('AD1', 'DATE_INT', false),
});
