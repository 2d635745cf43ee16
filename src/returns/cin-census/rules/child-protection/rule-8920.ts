/** DfE 8920: a CP plan cannot end after the child died. */
import { defineRule } from '../../../rules/define-rule.ts';
import { afterDeathDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8920',
  message: 'Child Protection Plan cannot end after the child’s Date of Death',
  affectedFields: ['PersonDeathDate', 'CPPendDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  validate: afterDeathDate('ChildProtectionPlans', 'CPPendDate'),
});
