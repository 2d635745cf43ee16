/** DfE 1520: no two child records may share a UPN. Every record in a shared group is flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1520',
  message: 'More than one record with the same UPN.',
  affectedFields: ['UPN'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'ChildIdentifiers'), (row) => text(row, 'UPN'));
    const shared = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('ChildIdentifiers', shared, ['UPN']);
  },
});
