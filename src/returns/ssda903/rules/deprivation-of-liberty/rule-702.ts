/** DfE rule 702 (from 2026-27, deprivation of liberty orders): a DoLO must end after the day it started. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '702',
  message: 'The date that the DoLO ended is before the date that it started.',
  affectedFields: ['DOLO_START', 'DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    return flagRows(
      'DoLo',
      whereRows(rowsOf(data, 'DoLo'), (row) => {
        const start = dateOf(row, 'DOLO_START');
        const end = dateOf(row, 'DOLO_END');
        return start !== null && end !== null && end <= start;
      }),
    );
  },
});
