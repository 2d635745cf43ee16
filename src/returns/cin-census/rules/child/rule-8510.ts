/** DfE 8510: each LAchildID may appear on one child record only; all records sharing one are flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8510',
  message: 'More than one child record with the same LA Child ID',
  affectedFields: ['LAchildID'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'ChildIdentifiers'), (row) => text(row, 'LAchildID'));
    const shared = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('ChildIdentifiers', shared, ['LAchildID']);
  },
});
