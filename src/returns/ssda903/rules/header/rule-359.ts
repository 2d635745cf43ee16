/**
 * DfE rule 359: a young person still looked after past their 18th birthday (open episode, 18 before
 * 31 March) must be accommodated under s20(5) (LS V2) in a children's home (K2).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '359',
  message:
    'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
  affectedFields: ['DEC', 'LS', 'PLACE'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = collectionEnd(data);
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const h = headerRow.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        const v2InHome = val(row, 'LS') === 'V2' && val(row, 'PLACE') === 'K2';
        return dob !== null && addYears(dob, 18) < end && !has(row, 'DEC') && !v2InHome;
      }),
    );
  },
});
