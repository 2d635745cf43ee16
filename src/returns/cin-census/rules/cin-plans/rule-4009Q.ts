/** DfE 4009Q: a CIN plan should not end after the child died. */
import { defineRule } from '../../../rules/define-rule.ts';
import { afterDeathDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4009Q',
  message: 'CIN Plan cannot end after the child’s Date of Death',
  affectedFields: ['PersonDeathDate', 'CINPlanEndDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'ChildIdentifiers'],
  validate: afterDeathDate('CINplanDates', 'CINPlanEndDate'),
});
