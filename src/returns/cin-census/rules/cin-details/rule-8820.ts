/**
 * DfE 8820: a child's episodes must not overlap: an episode cannot start before an earlier-starting,
 * closed episode has closed (starting on its closure day is allowed). Open earlier episodes are left to
 * 8815 and 8816. The later referral and the earlier episode's dates are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

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
      for (const a of indexes) {
        const aStart = dateOf(rows[a], 'CINreferralDate');
        const aEnd = dateOf(rows[a], 'CINclosureDate');
        if (aStart === null || aEnd === null) continue;
        for (const b of indexes) {
          const bStart = dateOf(rows[b], 'CINreferralDate');
          if (a === b || bStart === null) continue;
          if (bStart >= aStart && bStart < aEnd) {
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
