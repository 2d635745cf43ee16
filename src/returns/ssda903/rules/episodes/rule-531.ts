/** DfE rule 531: placement provider PR5 cannot provide placements P1 (placement with parents). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const EXCLUDED = ['P1'];
export const rule: Rule903 = defineRule({
  code: '531',
  message: 'A placement provider code of PR5 cannot be associated with placements P1.',
  affectedFields: ['PLACE', 'PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => val(row, 'PLACE_PROVIDER') === 'PR5' && EXCLUDED.includes(val(row, 'PLACE') ?? ''),
      ),
    );
  },
});
