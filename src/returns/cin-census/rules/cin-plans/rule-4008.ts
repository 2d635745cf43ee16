/** DfE 4008: a CIN plan cannot start after the child died. */
import { defineRule } from '../../../rules/define-rule.ts';
import { afterDeathDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4008',
  message: 'CIN Plan shown as starting after the child’s Date of Death.',
  affectedFields: ['PersonDeathDate', 'CINPlanStartDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'ChildIdentifiers'],
  validate: afterDeathDate('CINplanDates', 'CINPlanStartDate'),
});
