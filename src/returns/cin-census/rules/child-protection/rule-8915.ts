/** DfE 8915: a CP plan cannot start after the child died. */
import { defineRule } from '../../../rules/define-rule.ts';
import { afterDeathDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8915',
  message: 'Child Protection Plan shown as starting after the child’s Date of Death',
  affectedFields: ['CPPstartDate', 'PersonDeathDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  validate: afterDeathDate('ChildProtectionPlans', 'CPPstartDate'),
});
