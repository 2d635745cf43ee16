/** DfE rule 112: AD1.DATE_INT must be a valid date; a blank cell is allowed. Date of the decision that the child should be placed for adoption, when given. */
import { invalidDateRule } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule112: Rule903 = invalidDateRule({
  code: '112',
  message: 'Date should be placed for adoption is not a valid date.',
  affectedFields: ['DATE_INT'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'AD1', 'DATE_INT', false);
