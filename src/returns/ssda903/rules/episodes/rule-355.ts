/** DfE rule 355: an episode that starts and ends on the same day lasted under 24 hours (a query-like error). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '355',
  message: 'Episode appears to have lasted for less than 24 hours',
  affectedFields: ['DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        return decom !== null && decom === dateOf(row, 'DEC');
      }),
    );
  },
});
