/**
 * DfE rule 347 (from 2023-24): a care leaver under 18 on 1 April cannot be accommodated in a foyer
 * (ACCOM type T: T1 suitable, T2 not suitable).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionStart, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '347',
  message: 'Care leavers aged under 18 years, can not be accommodated in a Foyer.',
  affectedFields: ['PLACE', 'DEC', 'URN'],
  tables: ['OC3'],
  years: { from: 2024 },
  validate(data) {
    const start = collectionStart(data);
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const dob = dateOf(row, 'DOB');
        return (val(row, 'ACCOM') ?? '').startsWith('T') && dob !== null && addYears(dob, 18) > start;
      }),
    );
  },
});
