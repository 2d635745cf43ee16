/** DfE 1105: a CP plan cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { beforeReferralDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1105',
  message: 'The child protection plan start date cannot be before the referral date',
  affectedFields: ['CPPstartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'CINdetails'],
  validate: beforeReferralDate('ChildProtectionPlans', 'CPPstartDate'),
});
