/** DfE rule 550: provider PR0 (parent or other person with parental responsibility) goes only with placement P1. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '550',
  message: 'A placement provider code of PR0 can only be associated with placement P1.',
  affectedFields: ['PLACE', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => val(row, 'PLACE_PROVIDER') === 'PR0' && val(row, 'PLACE') !== 'P1'),
    );
  },
});
