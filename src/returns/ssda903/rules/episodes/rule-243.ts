/**
 * DfE rule 243 (from 2025-26): placements outside England (PL_LA CON, NIR, SCO, WAL, NUK) have no
 * Ofsted-registered provider, so no URN.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '243',
  message: 'Only placements with providers registered with Ofsted should have a URN reported.',
  affectedFields: ['URN'],
  tables: ['Episodes'],
  years: { from: 2026 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'PL_LA'), ['CON', 'NIR', 'SCO', 'WAL', 'NUK']) && has(row, 'URN'),
      ),
    );
  },
});
