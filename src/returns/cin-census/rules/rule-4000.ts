/** DfE 4000: a referral with no further action cannot have CIN plan dates. The module rows are flagged on LAchildID, the episode on ReferralNFA. */
import { defineRule } from './rule.ts';
import { cellsFor, episodeOf, joinRows, rowsOf, text, yesNo } from './helpers.ts';

export const rule = defineRule({
  code: '4000',
  message: 'CIN Plan details provided for a referral with no further action',
  affectedFields: ['ReferralNFA'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'CINplanDates');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(([, j]) => yesNo(text(episodes[j]!, 'ReferralNFA')) === true);
    return [
      ...cellsFor('CINplanDates', wrong.map(([i]) => i), ['LAchildID']),
      ...cellsFor('CINdetails', wrong.map(([, j]) => j), ['ReferralNFA']),
    ];
  },
});
