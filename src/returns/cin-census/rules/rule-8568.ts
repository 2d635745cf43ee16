/** DfE 8568: ReferralNFA must be present and a yes/no value (true, false, 1, 0). */
import { defineRule } from './rule.ts';
import { cellsFor, rowsOf, rowsWhere, text, yesNo } from './helpers.ts';

export const rule = defineRule({
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
