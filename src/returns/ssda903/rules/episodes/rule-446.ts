/** DfE rule 446: placement orders (LS E1) exist from December 2005 (Adoption and Children Act 2002). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '446',
  message: 'E1 is not a valid code for episodes starting before December 2005.',
  affectedFields: ['LS', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        return val(row, 'LS') === 'E1' && decom !== null && decom < '2005-12-01';
      }),
    );
  },
});
