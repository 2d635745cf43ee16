/** DfE rule 1006: the type of absence, when given, must be M (missing) or A (away without authorisation). */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Missing', whereRows(rowsOf(data, 'Missing'), (row) =>
    val(row, 'MISSING') !== null && !['M', 'A'].includes(val(row, 'MISSING') ?? '')));
}

export const rule1006: Rule903 = defineRule({
  code: '1006',
  message: 'Missing type invalid.',
  affectedFields: ['MISSING'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
