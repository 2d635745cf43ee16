/** DfE 2889: a S47 enquiry cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2889',
  message: 'The S47 start date cannot be before the referral date.',
  affectedFields: ['S47ActualStartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['Section47', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'Section47');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'S47ActualStartDate');
      const referral = dateOf(episodes[j], 'CINreferralDate');
      return date !== null && referral !== null && date < referral;
    });
    return [
      ...cellsFor('Section47', wrong.map(([i]) => i), ['S47ActualStartDate']),
      ...cellsFor('CINdetails', wrong.map(([, j]) => j), ['CINreferralDate']),
    ];
  },
});
