/** DfE rule 620: a young person recorded as a mother must be at least 11 at the start of the collection year. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '620',
  message: 'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
  affectedFields: ['DOB', 'MOTHER'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const dob = dateOf(row, 'DOB');
        return val(row, 'MOTHER') === '1' && dob !== null && addYears(dob, 11) > data.meta.collectionStart;
      }),
    );
  },
});
