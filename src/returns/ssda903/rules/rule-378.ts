/** DfE rule 378: a child placed with parents (P1) cannot be accommodated under a single s20 period (V2). */
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule378: Rule903 = defineRule({
  code: '378',
  message: 'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.',
  affectedFields: ['PLACE', 'LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => val(row, 'PLACE') === 'P1' && val(row, 'LS') === 'V2')));
