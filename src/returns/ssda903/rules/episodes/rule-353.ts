/** DfE rule 353: no episode can start before 14 October 1991, when the Children Act 1989 came into force. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '353',
  message: 'No episode submitted can start before 14 October 1991.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        return decom !== null && decom < '1991-10-14';
      }),
    );
  },
});
