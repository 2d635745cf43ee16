/** DfE rule 392c: home and placement postcodes, when given, must be well-formed UK postcodes. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

/** Outward code (area letters, district) then inward code (sector digit, unit letters); space optional. */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

function invalidPostcode(cell: string | null): boolean {
  return cell !== null && !UK_POSTCODE.test(cell.trim());
}

export const rule: Rule903 = defineRule({
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  affectedFields: ['HOME_POST', 'PL_POST'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => invalidPostcode(val(row, 'HOME_POST')) || invalidPostcode(val(row, 'PL_POST')),
      ),
    );
  },
});
