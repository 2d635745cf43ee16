/** DfE rule 703 (from 2026-27, deprivation of liberty orders): a DoLO cannot start after 31 March. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '703',
  message: 'The date that the DoLO started is after the end of the collection year.',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    return flagRows(
      'DoLo',
      whereRows(rowsOf(data, 'DoLo'), (row) => {
        const start = dateOf(row, 'DOLO_START');
        return start !== null && start > data.meta.collectionEnd;
      }),
    );
  },
});
