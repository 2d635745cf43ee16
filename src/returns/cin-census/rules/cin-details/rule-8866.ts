/**
 * DfE 8866: for referrals on or after 1 April 2013 the source of referral must be present and a valid code
 * (5D from 2022-23). Earlier referrals predate the item and are not checked.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { referralSources } from '../codes.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8866',
  message: 'Source of Referral is missing or an invalid code',
  affectedFields: ['CINreferralDate', 'ReferralSource'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const valid = referralSources(data.meta.year);
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const referral = dateOf(row, 'CINreferralDate');
      const source = text(row, 'ReferralSource');
      return referral !== null && referral >= '2013-04-01' && (source === null || !valid.has(source));
    });
    return cellsFor('CINdetails', wrong, ['CINreferralDate', 'ReferralSource']);
  },
});
