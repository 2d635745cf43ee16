/**
 * DfE rule 529: placement provider PR3 (other public body) cannot provide placements P1, A3-A6, K1, K2
 * or U1-U6.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const EXCLUDED = ['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
export const rule: Rule903 = defineRule({
  code: '529',
  message:
    'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as ' +
    'these placements cannot be provided by other public organisations.',
  affectedFields: ['PLACE', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => val(row, 'PLACE_PROVIDER') === 'PR3' && EXCLUDED.includes(val(row, 'PLACE') ?? ''),
      ),
    );
  },
});
