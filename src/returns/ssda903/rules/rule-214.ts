/** DfE rule 214: no placement postcode or URN for short-break episodes (legal status V3/V4). */
import { RESPITE_LS } from './codes.ts';
import { defineRule, flagRows, has, inCodes, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule214: Rule903 = defineRule({
  code: '214',
  message: 'Placement location information not required.',
  affectedFields: ['PL_POST', 'URN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'),
  (row) => inCodes(val(row, 'LS'), RESPITE_LS) && (has(row, 'PL_POST') || has(row, 'URN')))));
