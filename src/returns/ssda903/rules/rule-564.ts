/** DfE rule 564: a missing or away-from-placement period (MISSING M or A) needs its start date. */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Missing', whereRows(rowsOf(data, 'Missing'), (row) =>
    ['M', 'A', 'm', 'a'].includes(val(row, 'MISSING') ?? '') && val(row, 'MIS_START') === null));
}

export const rule564: Rule903 = defineRule({
  code: '564',
  message: 'Child was missing or away from placement without authorisation and the date started is blank.',
  affectedFields: ['MISSING', 'MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
