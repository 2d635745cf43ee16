/**
 * DfE rule 3001: care leaver information around the 17th birthday (the birthday falls in the collection
 * year) cannot record accommodation with former foster carers (ACCOM Z1/Z2, "staying put").
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '3001',
  message:
    'Where care leavers information is being returned for a young person around their 17th birthday, the ' +
    'accommodation cannot be with their former foster carer(s).',
  affectedFields: ['REC'],
  tables: ['Header', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const headerRows = firstRowByChild(header);
    const { collectionStart: start, collectionEnd: end } = data.meta;
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        if (!['Z1', 'Z2'].includes((val(row, 'ACCOM') ?? '').toUpperCase())) return false;
        const h = headerRows.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        if (dob === null) return false;
        const seventeenth = addYears(dob, 17);
        return seventeenth >= start && seventeenth <= end;
      }),
    );
  },
});
