/** DfE 8500: every child record needs an LAchildID. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
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
