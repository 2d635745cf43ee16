/** DfE rule 365: a single short break (LS V3) lasts at most 17 days; an open one is counted to 31 March. */
import { addDays } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '365',
  message: 'Any individual short- term respite placement must not exceed 17 days.',
  affectedFields: ['LS', 'DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = collectionEnd(data);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        const dec = has(row, 'DEC') ? dateOf(row, 'DEC') : end;
        return val(row, 'LS') === 'V3' && decom !== null && dec !== null && dec > addDays(decom, 17);
      }),
    );
  },
});
