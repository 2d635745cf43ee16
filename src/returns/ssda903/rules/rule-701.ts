/** DfE rule 701 (from 2026-27, deprivation of liberty orders): the DoLO end date, when given, must be a valid date. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, val, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('DoLo', whereRows(rowsOf(data, 'DoLo'), (row) =>
    val(row, 'DOLO_END') !== null && dateOf(row, 'DOLO_END') === null));
}

export const rule701: Rule903 = defineRule({
  code: '701',
  message: 'The end date of the DoLO is not a valid date.',
  affectedFields: ['DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
}, validate);
