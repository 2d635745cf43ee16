/** DfE rule 611: a young person recorded as a mother (MOTHER 1) needs the date of birth of her first child (MC_DOB). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '611',
  message: 'Date of birth field is blank, but child is a mother.',
  affectedFields: ['MOTHER', 'MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => val(row, 'MOTHER') === '1' && val(row, 'MC_DOB') === null),
    );
  },
});
