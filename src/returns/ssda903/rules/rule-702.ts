/** DfE rule 702 (from 2026-27, deprivation of liberty orders): a DoLO must end after the day it started. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('DoLo', whereRows(rowsOf(data, 'DoLo'), (row) => {
    const start = dateOf(row, 'DOLO_START');
    const end = dateOf(row, 'DOLO_END');
    return start !== null && end !== null && end <= start;
  }));
}

export const rule702: Rule903 = defineRule({
  code: '702',
  message: 'The date that the DoLO ended is before the date that it started.',
  affectedFields: ['DOLO_START', 'DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
}, validate);
