/** DfE 1540: characters 5-12 of a UPN must all be digits. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1540',
  message: 'UPN invalid (characters 5-12 not all numeric)',
  affectedFields: ['UPN'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const upn = text(row, 'UPN');
      return upn !== null && !/^\d{8}$/.test(upn.slice(4, 12));
    });
    return cellsFor('ChildIdentifiers', wrong, ['UPN']);
  },
});
