/** DfE 8794: a child cannot have the same disability code twice; every repeat is flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, groupRows, keyOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8794',
  message: 'Child has two or more disabilities with the same code',
  affectedFields: ['Disability'],
  years: { from: 2023 },
  tables: ['Disabilities'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'Disabilities'), (row) =>
      keyOf(text(row, 'LAchildID'), text(row, 'Disability')),
    );
    const repeated = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('Disabilities', repeated, ['Disability']);
  },
});
