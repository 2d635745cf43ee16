/** DfE 1103: an assessment cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { beforeReferralDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1103',
  message: 'The assessment start date cannot be before the referral date',
  affectedFields: ['AssessmentActualStartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['Assessments', 'CINdetails'],
  validate: beforeReferralDate('Assessments', 'AssessmentActualStartDate'),
});
