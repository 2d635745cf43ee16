/** DfE rule 586: a missing period cannot start on or before the date of birth. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Missing', whereRows(rowsOf(data, 'Missing'), (row) => {
    const start = dateOf(row, 'MIS_START');
    const dob = dateOf(row, 'DOB');
    return start !== null && dob !== null && start <= dob;
  }));
}

export const rule586: Rule903 = defineRule({
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  affectedFields: ['MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
