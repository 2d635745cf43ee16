/** DfE rule 348 (from 2025-26): a care leaver reported as DIED last year must still be DIED this year. */
import { defineRule, firstRowByChild, flagRows, lastRowsOf, rowsOf, val, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

export const rule348: Rule903 = defineRule({
  code: '348',
  message: 'Care leaver has previously been reported as having died.',
  affectedFields: ['IN_TOUCH'],
  tables: ['OC3'],
  years: { from: 2026 },
}, (data) => {
  const last = lastRowsOf(data, 'OC3');
  const lastRow = firstRowByChild(last);
  return flagRows('OC3', whereRows(rowsOf(data, 'OC3'), (row) => {
    const j = lastRow.get(val(row, 'CHILD') ?? '');
    return j !== undefined && val(last[j], 'IN_TOUCH') === 'DIED' && val(row, 'IN_TOUCH') !== 'DIED';
  }));
});
