/** DfE 1105: a CP plan cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1105',
  message: 'The child protection plan start date cannot be before the referral date',
  affectedFields: ['CPPstartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'ChildProtectionPlans');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'CPPstartDate');
      const referral = dateOf(episodes[j], 'CINreferralDate');
      return date !== null && referral !== null && date < referral;
    });
    return [
      ...cellsFor('ChildProtectionPlans', wrong.map(([i]) => i), ['CPPstartDate']),
      ...cellsFor('CINdetails', wrong.map(([, j]) => j), ['CINreferralDate']),
    ];
  },
});
