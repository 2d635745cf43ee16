/** DfE 1580 (from 2024-25): LAchildID must contain letters and digits only. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
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
