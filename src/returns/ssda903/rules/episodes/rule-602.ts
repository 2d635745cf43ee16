/**
 * DfE rule 602: adoption details (AD1) are returned only for a child whose episodes show an adoption
 * (REC E11/E12) ending in the year.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const ADOPTION_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];
export const rule: Rule903 = defineRule({
  code: '602',
  message: 'The episode data submitted for this child does not show that he/she was adopted during the year.',
  affectedFields: ['CHILD'],
  tables: ['Episodes', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes) return [];
    const { collectionStart: start, collectionEnd: end } = data.meta;
    const adopted = new Set(
      rowsOf(data, 'Episodes')
        .filter((row) => {
          const dec = dateOf(row, 'DEC');
          return dec !== null && dec >= start && dec <= end && ['E11', 'E12'].includes(val(row, 'REC') ?? '');
        })
        .map((row) => val(row, 'CHILD')),
    );
    return flagRows(
      'AD1',
      whereRows(
        rowsOf(data, 'AD1'),
        (row) => !adopted.has(val(row, 'CHILD')) && ADOPTION_ITEMS.some((item) => val(row, item) !== null),
      ),
    );
  },
});
