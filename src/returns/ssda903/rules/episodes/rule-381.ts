/** DfE rule 381: care cannot end (REC other than X1) while the child is in a temporary placement. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { TEMPORARY_PLACEMENTS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '381',
  message: 'A period of care cannot end with a temporary placement.',
  affectedFields: ['PLACE', 'REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'PLACE'), TEMPORARY_PLACEMENTS) && has(row, 'REC') && val(row, 'REC') !== 'X1',
      ),
    );
  },
});
