/**
 * DfE 8569Q: a referral dated before the working day preceding the collection start (1 April) was open
 * before the year began, so it should not be marked no further action.
 */
import { addWorkingDays } from '../../../../calendar/working-days.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8569Q',
  message:
    'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
  affectedFields: ['ReferralNFA'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Header'],
  validate(data) {
    const cutoff = addWorkingDays(data.meta.collectionStart, -1);
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const referral = dateOf(row, 'CINreferralDate');
      return referral !== null && referral < cutoff && yesNo(text(row, 'ReferralNFA')) === true;
    });
    return cellsFor('CINdetails', wrong, ['CINreferralDate']);
  },
});
