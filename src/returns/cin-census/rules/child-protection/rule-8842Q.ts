/** DfE 8842Q: a CP plan review record should carry its review date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8842Q',
  message: 'Please check and either amend or provide a reason: Review Record has a missing date',
  affectedFields: ['CPPreviewDate'],
  years: { from: 2023 },
  tables: ['Reviews'],
  validate(data) {
    const missing = rowsWhere(rowsOf(data, 'Reviews'), (row) => text(row, 'CPPreviewDate') === null);
    return cellsFor('Reviews', missing, ['CPPreviewDate']);
  },
});
