/** DfE 1580 (from 2024-25): LAchildID must contain letters and digits only. */
import { defineRule } from './rule.ts';
import { cellsFor, rowsOf, rowsWhere, text } from './helpers.ts';

export const rule = defineRule({
  code: '1580',
  message: 'LA Child ID must not contain any non-alphanumeric characters',
  affectedFields: ['LAchildID'],
  years: { from: 2025 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const id = text(row, 'LAchildID');
      return id !== null && !/^[A-Za-z0-9]+$/.test(id);
    });
    return cellsFor('ChildIdentifiers', wrong, ['LAchildID']);
  },
});
