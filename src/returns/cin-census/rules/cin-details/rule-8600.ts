/** DfE 8600: every episode needs a referral date, on or before the census reference date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8600',
  message: 'Child referral date missing or after data collection period',
  affectedFields: ['CINreferralDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const referral = dateOf(row, 'CINreferralDate');
      return referral === null || referral > data.meta.referenceDate;
    });
    return cellsFor('CINdetails', wrong, ['CINreferralDate']);
  },
});
