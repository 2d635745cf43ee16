/**
 * DfE 8772: UPN unknown reason UN7 (referral with no further action) is only right when every episode of
 * the child is a referral with no further action; episodes not marked NFA true are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8772',
  message:
    'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
  affectedFields: ['UPNunknown', 'ReferralNFA'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'CINdetails'],
  validate(data) {
    const children = rowsOf(data, 'ChildIdentifiers');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(children, episodes, childOf).filter(
      ([i, j]) => text(children[i], 'UPNunknown') === 'UN7' && yesNo(text(episodes[j]!, 'ReferralNFA')) !== true,
    );
    return [
      ...cellsFor(
        'ChildIdentifiers',
        wrong.map(([i]) => i),
        ['UPNunknown'],
      ),
      ...cellsFor(
        'CINdetails',
        wrong.map(([, j]) => j),
        ['ReferralNFA'],
      ),
    ];
  },
});
