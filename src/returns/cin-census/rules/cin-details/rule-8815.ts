/**
 * DfE 8815: a child may have only one open episode (no closure date) that is not a referral with no
 * further action; all such open episodes of the child are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8815',
  message:
    'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
  affectedFields: ['ReferralNFA', 'CINclosureDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Header'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'CINdetails'), (row) => {
      const open = dateOf(row, 'CINclosureDate') === null && yesNo(text(row, 'ReferralNFA')) !== true;
      return open ? childOf(row) : null;
    });
    const open = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('CINdetails', open, ['CINclosureDate']);
  },
});
