/** DfE rule 348 (from 2025-26): a care leaver reported as DIED last year must still be DIED this year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { firstRowByChild, flagRows, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '348',
  message: 'Care leaver has previously been reported as having died.',
  affectedFields: ['IN_TOUCH'],
  tables: ['OC3'],
  years: { from: 2026 },
  validate(data) {
    const last = lastRowsOf(data, 'OC3');
    const lastRow = firstRowByChild(last);
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const j = lastRow.get(val(row, 'CHILD') ?? '');
        return j !== undefined && val(last[j], 'IN_TOUCH') === 'DIED' && val(row, 'IN_TOUCH') !== 'DIED';
      }),
    );
  },
});
