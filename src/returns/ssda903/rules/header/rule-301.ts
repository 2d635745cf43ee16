/** DfE rule 301: the date of birth cannot be after 31 March of the collection year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '301',
  message: 'Date of birth falls after the year ended.',
  affectedFields: ['DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = collectionEnd(data);
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const dob = dateOf(row, 'DOB');
        return dob !== null && dob > end;
      }),
    );
  },
});
