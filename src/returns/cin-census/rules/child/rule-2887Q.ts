/**
 * DfE 2887Q (whole return): fewer than 8 different disability codes (other than NONE) are used across the
 * return. The disability rows are returned.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2887Q',
  message:
    'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
  affectedFields: ['Disability'],
  years: { from: 2023 },
  scope: 'return',
  tables: ['Disabilities'],
  validate(data) {
    const rows = rowsOf(data, 'Disabilities');
    const used = new Set(rows.map((row) => text(row, 'Disability')).filter((code) => code !== null && code !== 'NONE'));
    if (used.size >= 8) return [];
    return cellsFor(
      'Disabilities',
      rowsWhere(rows, (row) => text(row, 'Disability') !== null),
      ['Disability'],
    );
  },
});
