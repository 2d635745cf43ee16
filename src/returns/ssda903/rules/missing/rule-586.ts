/** DfE rule 586: a missing period cannot start on or before the date of birth. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  affectedFields: ['MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => {
        const start = dateOf(row, 'MIS_START');
        const dob = dateOf(row, 'DOB');
        return start !== null && dob !== null && start <= dob;
      }),
    );
  },
});
