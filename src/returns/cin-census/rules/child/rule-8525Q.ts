/** DfE 8525Q: exactly one of date of birth and expected date of birth should be given. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8525Q',
  message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
  affectedFields: ['PersonBirthDate', 'ExpectedPersonBirthDate'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const hasBirth = text(row, 'PersonBirthDate') !== null;
      const hasExpected = text(row, 'ExpectedPersonBirthDate') !== null;
      return hasBirth === hasExpected;
    });
    return cellsFor('ChildIdentifiers', wrong, ['PersonBirthDate', 'ExpectedPersonBirthDate']);
  },
});
