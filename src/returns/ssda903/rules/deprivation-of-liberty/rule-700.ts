/**
 * DfE rule 700 (from 2026-27, deprivation of liberty orders): the DoLO start date is mandatory and must be a valid
 * date.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '700',
  message: 'The start date of the DoLO is not a valid date.',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    return flagRows(
      'DoLo',
      whereRows(rowsOf(data, 'DoLo'), (row) => dateOf(row, 'DOLO_START') === null),
    );
  },
});
