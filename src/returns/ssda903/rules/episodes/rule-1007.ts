/**
 * DfE rule 1007: care leaver information (OC3) is not returned for a 17- or 18-year-old (at 31 March)
 * who was still looked after on their most recent birthday: they were not a care leaver at that
 * birthday. An episode open at 31 March counts as still looked after.
 */
import { addYears, ageInYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1007',
  message:
    'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or ' +
    '18th birthday.]',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = data.meta.collectionEnd;
    const episodes = rowsOf(data, 'Episodes');
    const byChild = groupByChild(episodes);
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const dob = dateOf(row, 'DOB');
        const careLeaverInfo = ['IN_TOUCH', 'ACTIV', 'ACCOM'].some((item) => val(row, item) !== null);
        if (dob === null || dob > end || !careLeaverInfo) return false;
        const age = ageInYears(dob, end);
        if (age < 17 || age >= 19) return false;
        const birthday = addYears(dob, age);
        return (byChild.get(val(row, 'CHILD') ?? '') ?? []).some((e) => {
          const decom = dateOf(episodes[e], 'DECOM');
          const dec = dateOf(episodes[e], 'DEC');
          const stillInCare = val(episodes[e], 'DEC') === null || (dec !== null && dec > birthday);
          return decom !== null && decom <= birthday && stillInCare;
        });
      }),
    );
  },
});
