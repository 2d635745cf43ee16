/** DfE rule 542: conviction information is collected only for children aged 10 or over at 31 March. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '542',
  message: 'A child aged under 10 at 31 March should not have conviction information completed.',
  affectedFields: ['CONVICTED'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = data.meta.collectionEnd;
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) => {
        const dob = dateOf(row, 'DOB');
        return dob !== null && addYears(dob, 10) > end && val(row, 'CONVICTED') !== null;
      }),
    );
  },
});
