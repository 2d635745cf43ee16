/** DfE 2889: a S47 enquiry cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { beforeReferralDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2889',
  message: 'The S47 start date cannot be before the referral date.',
  affectedFields: ['S47ActualStartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['Section47', 'CINdetails'],
  validate: beforeReferralDate('Section47', 'S47ActualStartDate'),
});
