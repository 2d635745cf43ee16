/**
 * DfE rule 527: placement provider PR1 cannot provide placements P1, R2 or R5 (own provision cannot be placement with
 * parents, a residential employment or youth custody).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const EXCLUDED = ['P1', 'R2', 'R5'];
export const rule: Rule903 = defineRule({
  code: '527',
  message: 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.',
  affectedFields: ['PLACE', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => val(row, 'PLACE_PROVIDER') === 'PR1' && EXCLUDED.includes(val(row, 'PLACE') ?? ''),
      ),
    );
  },
});
