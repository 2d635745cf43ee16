/** DfE rule 385: an episode cannot end after the end of the collection year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '385',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  affectedFields: ['DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = collectionEnd(data);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const dec = dateOf(row, 'DEC');
        return dec !== null && dec > end;
      }),
    );
  },
});
