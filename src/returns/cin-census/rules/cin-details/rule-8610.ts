/** DfE 8610: a referral that led to further action (ReferralNFA false) needs a primary need code. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
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
