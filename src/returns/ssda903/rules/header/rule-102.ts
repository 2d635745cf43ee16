/** DfE rule 102: Header.DOB must be a valid date; a blank cell is flagged. The child's date of birth must be a real date (DfE data item DOB). */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidDate } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '102',
  message: 'Date of birth is not a valid date.',
  affectedFields: ['DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidDate('Header', 'DOB', true),
});
