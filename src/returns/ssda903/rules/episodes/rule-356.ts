/** DfE rule 356: an episode cannot end before it started. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '356',
  message: 'The date the episode ceased is before the date the same episode started.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        const dec = dateOf(row, 'DEC');
        return decom !== null && dec !== null && dec < decom;
      }),
    );
  },
});
