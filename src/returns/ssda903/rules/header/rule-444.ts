/** DfE rule 444 (from 2025-26): a UPN other than the UN1-UN5 reason codes must be unique in the return. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { UPN_UNKNOWN_CODES } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '444',
  message: 'Duplicate UPN has been reported',
  affectedFields: ['UPN'],
  tables: ['Header'],
  years: { from: 2026 },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const counts = new Map<string, number>();
    for (const row of header) {
      const upn = val(row, 'UPN');
      if (upn === null || (UPN_UNKNOWN_CODES as readonly string[]).includes(upn)) continue;
      counts.set(upn, (counts.get(upn) ?? 0) + 1);
    }
    return flagRows(
      'Header',
      whereRows(header, (row) => (counts.get(val(row, 'UPN') ?? '') ?? 0) > 1),
    );
  },
});
