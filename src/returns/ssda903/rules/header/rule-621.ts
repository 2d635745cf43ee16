/** DfE rule 621: the first child's date of birth (MC_DOB) must be after the mother's own date of birth. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '621',
  message: 'Mother’s field has been completed but date of birth shows that the mother is younger than her child.',
  affectedFields: ['DOB', 'MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const dob = dateOf(row, 'DOB');
        const childDob = dateOf(row, 'MC_DOB');
        return dob !== null && childDob !== null && childDob <= dob;
      }),
    );
  },
});
