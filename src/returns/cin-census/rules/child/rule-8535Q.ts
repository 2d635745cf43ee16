/** DfE 8535Q: a date of death needs a date of birth, and should not be before it. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8535Q',
  message:
    'Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth',
  affectedFields: ['PersonDeathDate', 'PersonBirthDate'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const death = dateOf(row, 'PersonDeathDate');
      const birth = dateOf(row, 'PersonBirthDate');
      return death !== null && (birth === null || death < birth);
    });
    return cellsFor('ChildIdentifiers', wrong, ['PersonDeathDate', 'PersonBirthDate']);
  },
});
