/** DfE 8545Q: a date of death, where given, should fall within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8545Q',
  message:
    "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
  affectedFields: ['PersonDeathDate'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const death = dateOf(row, 'PersonDeathDate');
      return death !== null && !inCensusYear(death, data);
    });
    return cellsFor('ChildIdentifiers', wrong, ['PersonDeathDate']);
  },
});
