/** DfE 8525Q: exactly one of date of birth and expected date of birth should be given. */
import { defineRule } from './rule.ts';
import { cellsFor, rowsOf, rowsWhere, text } from './helpers.ts';

export const rule = defineRule({
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
