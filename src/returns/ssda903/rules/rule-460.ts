/** DfE rule 460: REC E17 (stayed with current carers at 18 or over, "staying put") needs the child to be 18 by DEC. */
import type { Dataset903 } from '../dataset.ts';
import { addYears, dateOf, defineRule, firstRowByChild, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const header = rowsOf(data, 'Header');
  const headerRow = firstRowByChild(header);
  return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
    if (val(row, 'REC') !== 'E17') return false;
    const h = headerRow.get(val(row, 'CHILD') ?? '');
    const dob = h === undefined ? null : dateOf(header[h], 'DOB');
    const dec = dateOf(row, 'DEC');
    return dob !== null && dec !== null && addYears(dob, 18) > dec;
  }));
}

export const rule460: Rule903 = defineRule({
  code: '460',
  message: 'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged '
    + 'under 18.',
  affectedFields: ['DEC', 'REC'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
