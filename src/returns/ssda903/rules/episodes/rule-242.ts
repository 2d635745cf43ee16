/**
 * DfE rule 242 (from 2025-26): the placeholder URN XXXXXXX is only for adoption and foster placements
 * arranged through regional adoption agencies (A3-A6, U1-U6).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { ADOPTION_PLACEMENTS, FOSTER_PLACEMENTS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '242',
  message: "URN = 'XXXXXXX' can only be used for regional adoption agencies",
  affectedFields: ['URN'],
  tables: ['Episodes'],
  years: { from: 2026 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) =>
          val(row, 'URN') === 'XXXXXXX' && !inCodes(val(row, 'PLACE'), [...ADOPTION_PLACEMENTS, ...FOSTER_PLACEMENTS]),
      ),
    );
  },
});
