/**
 * DfE rule 209: UN1 ("child not of school age") cannot be used for a child who was 4 or over on
 * 31 August of the year before the collection year started (so is of school age).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionStart, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '209',
  message: 'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
  affectedFields: ['UPN', 'DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const reference = `${Number(collectionStart(data).slice(0, 4)) - 1}-08-31`;
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const dob = dateOf(row, 'DOB');
        return val(row, 'UPN') === 'UN1' && dob !== null && addYears(dob, 4) <= reference;
      }),
    );
  },
});
