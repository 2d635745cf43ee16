/**
 * DfE rule 1016 (from 2023-24): a 17- or 18-year-old (at 31 March) whose care ended on or after their
 * birthday this year was looked after on that birthday, so care leaver information is not returned.
 */
import { addYears, ageInYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1016',
  message:
    'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after ' +
    'their birthday.',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: 2024 },
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
          const dec = dateOf(episodes[e], 'DEC');
          return dec !== null && dec >= birthday;
        });
      }),
    );
  },
});
