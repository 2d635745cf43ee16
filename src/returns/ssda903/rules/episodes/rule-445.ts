/** DfE rule 445: freeing orders (LS D1) were abolished on 30 December 2005; no episode may start with D1 after 2005. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '445',
  message: 'D1 is not a valid code for episodes starting after December 2005.',
  affectedFields: ['LS', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        return val(row, 'LS') === 'D1' && decom !== null && decom > '2005-12-31';
      }),
    );
  },
});
