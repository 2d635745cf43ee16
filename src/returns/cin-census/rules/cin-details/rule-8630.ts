/** DfE 8630: an episode cannot close before its referral date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8630',
  message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
  affectedFields: ['CINreferralDate', 'CINclosureDate'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const referral = dateOf(row, 'CINreferralDate');
      const closure = dateOf(row, 'CINclosureDate');
      return referral !== null && closure !== null && closure < referral;
    });
    return cellsFor('CINdetails', wrong, ['CINreferralDate', 'CINclosureDate']);
  },
});
