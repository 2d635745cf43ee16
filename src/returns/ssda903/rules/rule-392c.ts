/** DfE rule 392c: home and placement postcodes, when given, must be well-formed UK postcodes. */
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

/** Outward code (area letters, district) then inward code (sector digit, unit letters); space optional. */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

function invalidPostcode(cell: string | null): boolean {
  return cell !== null && !UK_POSTCODE.test(cell.trim());
}

export const rule392c: Rule903 = defineRule({
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  affectedFields: ['HOME_POST', 'PL_POST'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'),
  (row) => invalidPostcode(val(row, 'HOME_POST')) || invalidPostcode(val(row, 'PL_POST')))));
