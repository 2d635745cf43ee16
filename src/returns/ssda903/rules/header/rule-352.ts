/** DfE rule 352: a child cannot start to be looked after (RNE S) on or after their 18th birthday. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '352',
  message: 'Child who started to be looked after was aged 18 or over.',
  affectedFields: ['DECOM', 'RNE'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const h = headerRow.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        const decom = dateOf(row, 'DECOM');
        return val(row, 'RNE') === 'S' && dob !== null && decom !== null && addYears(dob, 18) <= decom;
      }),
    );
  },
});
