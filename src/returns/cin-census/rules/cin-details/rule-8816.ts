/**
 * DfE 8816: an open episode that is not a referral with no further action must be the child's latest
 * episode (latest referral date). An open episode referred earlier than the latest, or sharing the latest
 * date with another episode, is flagged together with the latest episode(s).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8816',
  message:
    'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
  affectedFields: ['CINreferralDate', 'ReferralNFA'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'CINdetails');
    const flagged: number[] = [];
    for (const indexes of groupRows(rows, (row) =>
      dateOf(row, 'CINreferralDate') === null ? null : childOf(row),
    ).values()) {
      // A child's only episode is its latest.
      if (indexes.length < 2) continue;
      const referral = (i: number) => dateOf(rows[i], 'CINreferralDate')!;
      const latest = indexes.map(referral).sort().at(-1)!;
      const latestRows = indexes.filter((i) => referral(i) === latest);
      const open = (i: number) =>
        dateOf(rows[i], 'CINclosureDate') === null && yesNo(text(rows[i]!, 'ReferralNFA')) !== true;
      const offenders = indexes.filter((i) => open(i) && (referral(i) < latest || latestRows.length > 1));
      if (offenders.length > 0) flagged.push(...offenders, ...latestRows);
    }
    return cellsFor('CINdetails', flagged, ['CINreferralDate']);
  },
});
