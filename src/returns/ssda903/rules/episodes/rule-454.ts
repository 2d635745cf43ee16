/**
 * DfE rule 454 (from 2025-26): placement distance over 350 miles is implausible within the UK, except
 * 999.9, which DfE uses for placements outside England. Checked on the recorded distance, so no
 * postcode lookup is needed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { numberOf } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';
import { NEEDS_PLACEMENT_DISTANCE } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '454',
  message:
    'Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for ' +
    'children formerly UASC not identified as such in loaded data]',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes'],
  years: { from: 2026 },
  coverage: NEEDS_PLACEMENT_DISTANCE,
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const distance = numberOf(row, 'PL_DISTANCE');
        return distance !== null && distance > 350 && distance !== 999.9;
      }),
    );
  },
});
