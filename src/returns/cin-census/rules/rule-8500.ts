/** DfE 8500: every child record needs an LAchildID. */
import { defineRule } from './rule.ts';
import { cellsFor, rowsOf, rowsWhere, text } from './helpers.ts';

export const rule = defineRule({
  code: '8500',
  message: 'LA Child ID missing',
  affectedFields: ['LAchildID'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const missing = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => text(row, 'LAchildID') === null);
    return cellsFor('ChildIdentifiers', missing, ['LAchildID']);
  },
});
