/** DfE 4015: a CIN plan cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4015',
  message: 'The CIN Plan start date cannot be before the referral date',
  affectedFields: ['CINPlanStartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'CINplanDates');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'CINPlanStartDate');
      const referral = dateOf(episodes[j], 'CINreferralDate');
      return date !== null && referral !== null && date < referral;
    });
    return [
      ...cellsFor('CINplanDates', wrong.map(([i]) => i), ['CINPlanStartDate']),
      ...cellsFor('CINdetails', wrong.map(([, j]) => j), ['CINreferralDate']),
    ];
  },
});
