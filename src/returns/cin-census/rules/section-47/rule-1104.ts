/** DfE 1104: an initial CPC (S47 module) cannot be before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { beforeReferralDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1104',
  message: 'The date of the initial child protection conference cannot be before the referral date',
  affectedFields: ['CINreferralDate', 'DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['Section47', 'CINdetails'],
  validate: beforeReferralDate('Section47', 'DateOfInitialCPC'),
});
