/** DfE rule 391: care-leaver (OC3) data is only for young people who are 17 or over by 31 March. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { OC3_FIELDS } from '../codes.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '391',
  message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year.',
  affectedFields: ['DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = collectionEnd(data);
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const dob = dateOf(row, 'DOB');
        return dob !== null && addYears(dob, 17) > end && OC3_FIELDS.some((f) => has(row, f));
      }),
    );
  },
});
