/**
 * DfE rule 392c: home and placement postcodes, when given, must be valid postcodes: ones the ONS
 * postcode directory holds (live or terminated; spacing and case do not matter). With the directory
 * (meta.postcodes; `kestrel validate` supplies data/ons) that is the check; without it, only the form.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { splitPostcode } from '../../../io/ons-postcodes.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  affectedFields: ['HOME_POST', 'PL_POST'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const directory = data.meta.postcodes;
    const invalid = (cell: string | null): boolean =>
      cell !== null && (directory ? directory.find(cell) === null : splitPostcode(cell) === null);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => invalid(val(row, 'HOME_POST')) || invalid(val(row, 'PL_POST'))),
    );
  },
});
