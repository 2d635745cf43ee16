/** DfE rule 460: REC E17 (stayed with current carers at 18 or over, "staying put") needs the child to be 18 by DEC. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '460',
  message:
    'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged ' +
    'under 18.',
  affectedFields: ['DEC', 'REC'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (val(row, 'REC') !== 'E17') return false;
        const h = headerRow.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        const dec = dateOf(row, 'DEC');
        return dob !== null && dec !== null && addYears(dob, 18) > dec;
      }),
    );
  },
});
