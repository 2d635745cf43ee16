/** DfE 8610: a referral that led to further action (ReferralNFA false) needs a primary need code. */
import { defineRule } from './rule.ts';
import { cellsFor, rowsOf, rowsWhere, text, yesNo } from './helpers.ts';

export const rule = defineRule({
  code: '8610',
  message: 'Primary Need code is missing for a referral which led to further action.',
  affectedFields: ['ReferralNFA', 'PrimaryNeedCode'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const wrong = rowsWhere(
      rowsOf(data, 'CINdetails'),
      (row) => yesNo(text(row, 'ReferralNFA')) === false && text(row, 'PrimaryNeedCode') === null,
    );
    return cellsFor('CINdetails', wrong, ['ReferralNFA', 'PrimaryNeedCode']);
  },
});
