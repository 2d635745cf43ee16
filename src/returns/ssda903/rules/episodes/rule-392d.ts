/** DfE rule 392d: home and placement postcodes are the same only when placed with parents (P1). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function postcodeKey(cell: string | null): string | null {
  return cell === null ? null : cell.replace(/\s+/g, '').toUpperCase();
}

export const rule: Rule903 = defineRule({
  code: '392d',
  message: 'Home and placement postcodes should not be same unless the placement type is P1.',
  affectedFields: ['HOME_POST', 'PL_POST', 'PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const home = postcodeKey(val(row, 'HOME_POST'));
        return home !== null && home === postcodeKey(val(row, 'PL_POST')) && val(row, 'PLACE') !== 'P1';
      }),
    );
  },
});
