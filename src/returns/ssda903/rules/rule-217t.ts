/** DfE rule 217 (2023-24 addition, coded 217t by the open validator): P2 ends on 28 October 2023. */
import { dateOf, defineRule, flagRows, has, rowsOf, val, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

export const rule217t: Rule903 = defineRule({
  code: '217t',
  message: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
  affectedFields: ['PLACE', 'DECOM'],
  tables: ['Episodes'],
  years: { from: 2024 },
}, (data) => flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
  if (val(row, 'PLACE') !== 'P2') return false;
  const dec = dateOf(row, 'DEC');
  return !has(row, 'DEC') || (dec !== null && dec > '2023-10-28');
})));
