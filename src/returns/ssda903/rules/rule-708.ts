/**
 * DfE rule 708 (from 2026-27, deprivation of liberty orders): a DoLO cannot start on or before the child's date of
 * birth.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('DoLo', whereRows(rowsOf(data, 'DoLo'), (row) => {
    const start = dateOf(row, 'DOLO_START');
    const dob = dateOf(row, 'DOB');
    return start !== null && dob !== null && start <= dob;
  }));
}

export const rule708: Rule903 = defineRule({
  code: '708',
  message: 'Dates of DoLOs are before child’s date of birth.',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
}, validate);
