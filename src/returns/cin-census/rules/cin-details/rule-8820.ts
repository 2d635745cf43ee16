/**
 * DfE 8820: a child's episodes must not overlap. For each episode, its CINreferralDate must not fall
 *   (a) between an earlier-starting episode's CINreferralDate and its CINclosureDate (starting on the
 *       closure day is allowed: "the end date of one referral may be the same as the start date of the
 *       following referral"); or
 *   (b) between an earlier-starting episode's CINreferralDate and the ReferenceDate when that episode
 *       has no CINclosureDate and ReferralNFA is false (0): it is still open.
 * The later referral and the earlier episode's dates are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';
import type { Row } from '../../dataset.ts';

/** The last day an episode covers for 8820: its closure (a), the reference date while still open (b), else none. */
function coveredUntil(row: Row | undefined, referenceDate: string): { end: string; inclusive: boolean } | null {
  const closure = dateOf(row, 'CINclosureDate');
  if (closure !== null) return { end: closure, inclusive: false };
  if (text(row, 'CINclosureDate') === null && yesNo(text(row, 'ReferralNFA')) === false)
    return { end: referenceDate, inclusive: true };
  return null;
}

export const rule: RuleCin = defineRule({
  code: '8820',
  message: 'The dates on the CIN episodes for this child overlap',
  affectedFields: ['CINreferralDate', 'CINclosureDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Header'],
  validate(data) {
    const rows = rowsOf(data, 'CINdetails');
    const later = new Set<number>();
    const earlier = new Set<number>();
    for (const indexes of groupRows(rows, childOf).values()) {
      if (indexes.length < 2) continue;
      for (const a of indexes) {
        const aStart = dateOf(rows[a], 'CINreferralDate');
        const covered = aStart === null ? null : coveredUntil(rows[a], data.meta.referenceDate);
        if (aStart === null || covered === null) continue;
        for (const b of indexes) {
          const bStart = dateOf(rows[b], 'CINreferralDate');
          if (a === b || bStart === null || bStart < aStart) continue;
          if (covered.inclusive ? bStart <= covered.end : bStart < covered.end) {
            later.add(b);
            earlier.add(a);
          }
        }
      }
    }
    return [
      ...cellsFor('CINdetails', [...later, ...earlier], ['CINreferralDate']),
      ...cellsFor('CINdetails', earlier, ['CINclosureDate']),
    ];
  },
});
