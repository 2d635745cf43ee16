/**
 * DfE rule 231 (query-like error, from 2024-25): an unaccompanied asylum-seeking child is expected to
 * be at least 11 on 31 March; a younger one needs the date of birth checked. UASC status is the
 * Header flag, or the child's presence in the UASC table when the Header has no flag (CSV).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';
import { uascFlags } from '../uasc-history.ts';

export const rule: Rule903 = defineRule({
  code: '231',
  message:
    'We expect that unaccompanied asylum seeking children are generally older young people. Please check the date ' +
    'of birth is correct. If the date of birth is correct then please provide details in a bypass request.',
  affectedFields: ['DOB', 'UASC_STATUS'],
  tables: ['Header'],
  years: { from: 2025 },
  validate(data) {
    const eleventhBirthdayBy = addYears(collectionEnd(data), -11);
    const derived = uascFlags(undefined, rowsOf(data, 'UASC')).flags;
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const dob = dateOf(row, 'DOB');
        const uasc = 'UASC' in row ? val(row, 'UASC') : derived.get(val(row, 'CHILD') ?? '');
        return uasc === '1' && dob !== null && dob > eleventhBirthdayBy;
      }),
    );
  },
});
