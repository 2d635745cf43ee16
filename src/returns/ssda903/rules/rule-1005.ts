/** DfE rule 1005: the end date of a missing period, when given, must be a valid date. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Missing', whereRows(rowsOf(data, 'Missing'), (row) =>
    val(row, 'MIS_END') !== null && dateOf(row, 'MIS_END') === null));
}

export const rule1005: Rule903 = defineRule({
  code: '1005',
  message: 'The end date of the missing episode or episode that the child was away from placement without '
    + 'authorisation is not a valid date.',
  affectedFields: ['MIS_END'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
