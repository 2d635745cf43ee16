/** DfE 8555Q: a child cannot be referred after the recorded date of death. */
import { defineRule } from '../../../rules/define-rule.ts';
import { afterDeathDate } from '../date-order.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8555Q',
  message: 'Child cannot be referred after its recorded date of death',
  affectedFields: ['PersonDeathDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate: afterDeathDate('CINdetails', 'CINreferralDate'),
});
