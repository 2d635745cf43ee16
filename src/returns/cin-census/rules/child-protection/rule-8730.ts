/** DfE 8730: NumberOfPreviousCPP must be present and a whole number of zero or more. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8730',
  message: 'Total Number of previous Child Protection Plans missing',
  affectedFields: ['NumberOfPreviousCPP'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const wrong = rowsWhere(
      rowsOf(data, 'ChildProtectionPlans'),
      (row) => !/^\d+$/.test(text(row, 'NumberOfPreviousCPP') ?? ''),
    );
    return cellsFor('ChildProtectionPlans', wrong, ['NumberOfPreviousCPP']);
  },
});
