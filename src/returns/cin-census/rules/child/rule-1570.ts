/** DfE 1570 (from 2024-25): LAchildID must not be longer than 20 characters. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1570',
  message: 'LA Child ID must not be longer than 20 characters',
  affectedFields: ['LAchildID'],
  years: { from: 2025 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => (text(row, 'LAchildID')?.length ?? 0) > 20);
    return cellsFor('ChildIdentifiers', wrong, ['LAchildID']);
  },
});
