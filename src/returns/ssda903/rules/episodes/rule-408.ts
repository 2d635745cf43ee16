/** DfE rule 408: a child placed for adoption with a placement order (PLACE A5/A6) must have legal status E1. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '408',
  message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
  affectedFields: ['PLACE', 'LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => ['A5', 'A6'].includes(val(row, 'PLACE') ?? '') && val(row, 'LS') !== 'E1',
      ),
    );
  },
});
