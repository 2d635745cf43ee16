/** DfE 8832: a referral with no further action cannot have a child protection plan. The module rows are flagged on LAchildID, the episode on ReferralNFA. */
import { defineRule } from './rule.ts';
import { cellsFor, episodeOf, joinRows, rowsOf, text, yesNo } from './helpers.ts';

export const rule = defineRule({
  code: '8832',
  message: 'Child Protection details provided for a referral with no further action.',
  affectedFields: ['CINdetailsID', 'ReferralNFA'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'ChildProtectionPlans');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(([, j]) => yesNo(text(episodes[j]!, 'ReferralNFA')) === true);
    return [
      ...cellsFor('ChildProtectionPlans', wrong.map(([i]) => i), ['LAchildID']),
      ...cellsFor('CINdetails', wrong.map(([, j]) => j), ['ReferralNFA']),
    ];
  },
});
