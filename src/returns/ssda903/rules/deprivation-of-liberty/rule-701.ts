/** DfE rule 701 (from 2026-27, deprivation of liberty orders): the DoLO end date, when given, must be a valid date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '701',
  message: 'The end date of the DoLO is not a valid date.',
  affectedFields: ['DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    return flagRows(
      'DoLo',
      whereRows(rowsOf(data, 'DoLo'), (row) => val(row, 'DOLO_END') !== null && dateOf(row, 'DOLO_END') === null),
    );
  },
});
