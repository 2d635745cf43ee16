/** DfE rule 184: the decision to place for adoption (DATE_PLACED) cannot precede the child's birth. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '184',
  message: 'Date of decision that a child should be placed for adoption is before the child was born.',
  affectedFields: ['DATE_PLACED', 'DOB'],
  tables: ['Header', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows(
      'PlacedAdoption',
      whereRows(rowsOf(data, 'PlacedAdoption'), (row) => {
        const h = headerRow.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        const placed = dateOf(row, 'DATE_PLACED');
        return dob !== null && placed !== null && placed < dob;
      }),
    );
  },
});
