/** DfE rule 391: care-leaver (OC3) data is only for young people who are 17 or over by 31 March. */
import { OC3_FIELDS } from './codes.ts';
import { addYears, collectionEnd, dateOf, defineRule, flagRows, has, rowsOf, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule391: Rule903 = defineRule({
  code: '391',
  message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year.',
  affectedFields: ['DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => {
  const end = collectionEnd(data);
  return flagRows('OC3', whereRows(rowsOf(data, 'OC3'), (row) => {
    const dob = dateOf(row, 'DOB');
    return dob !== null && addYears(dob, 17) > end && OC3_FIELDS.some((f) => has(row, f));
  }));
});
