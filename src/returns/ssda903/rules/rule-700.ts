/**
 * DfE rule 700 (from 2026-27, deprivation of liberty orders): the DoLO start date is mandatory and must be a valid
 * date.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('DoLo', whereRows(rowsOf(data, 'DoLo'), (row) => dateOf(row, 'DOLO_START') === null));
}

export const rule700: Rule903 = defineRule({
  code: '700',
  message: 'The start date of the DoLO is not a valid date.',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
}, validate);
