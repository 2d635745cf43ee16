/** DfE 4015: a CIN plan cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { beforeReferralDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4015',
  message: 'The CIN Plan start date cannot be before the referral date',
  affectedFields: ['CINPlanStartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'CINdetails'],
  validate: beforeReferralDate('CINplanDates', 'CINPlanStartDate'),
});
