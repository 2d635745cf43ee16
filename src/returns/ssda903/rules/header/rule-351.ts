/** DfE rule 351: a child in the return cannot have been over 25 on 1 April. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { collectionStart, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '351',
  message: 'Child was over 25 at the start of the current collection year.',
  affectedFields: ['DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const start = collectionStart(data);
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const dob = dateOf(row, 'DOB');
        return dob !== null && start > addYears(dob, 25);
      }),
    );
  },
});
