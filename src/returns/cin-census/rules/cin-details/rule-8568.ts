/** DfE 8568: ReferralNFA must be present and a yes/no value (true, false, 1, 0). */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8568',
  message: 'RNFA flag is missing or invalid',
  affectedFields: ['ReferralNFA'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => yesNo(text(row, 'ReferralNFA')) === null);
    return cellsFor('CINdetails', wrong, ['ReferralNFA']);
  },
});
