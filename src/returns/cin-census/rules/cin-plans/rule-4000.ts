/** DfE 4000: a referral with no further action cannot have CIN plan dates. The module rows are flagged on LAchildID, the episode on ReferralNFA. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4000',
  message: 'CIN Plan details provided for a referral with no further action',
  affectedFields: ['ReferralNFA'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'CINplanDates');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(
      ([, j]) => yesNo(text(episodes[j]!, 'ReferralNFA')) === true,
    );
    return [
      ...cellsFor(
        'CINplanDates',
        wrong.map(([i]) => i),
        ['LAchildID'],
      ),
      ...cellsFor(
        'CINdetails',
        wrong.map(([, j]) => j),
        ['ReferralNFA'],
      ),
    ];
  },
});
