/** DfE 8905: the initial category of abuse must be present and a valid code. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { categoriesOfAbuse } from '../codes.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8905',
  message: 'Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  affectedFields: ['InitialCategoryOfAbuse'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const valid = categoriesOfAbuse(data.meta.year);
    const wrong = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), (row) => {
      const code = text(row, 'InitialCategoryOfAbuse');
      return code === null || !valid.has(code);
    });
    return cellsFor('ChildProtectionPlans', wrong, ['InitialCategoryOfAbuse']);
  },
});
