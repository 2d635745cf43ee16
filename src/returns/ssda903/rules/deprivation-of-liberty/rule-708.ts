/**
 * DfE rule 708 (from 2026-27, deprivation of liberty orders): a DoLO cannot start on or before the child's date of
 * birth.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '708',
  message: 'Dates of DoLOs are before child’s date of birth.',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    return flagRows(
      'DoLo',
      whereRows(rowsOf(data, 'DoLo'), (row) => {
        const start = dateOf(row, 'DOLO_START');
        const dob = dateOf(row, 'DOB');
        return start !== null && dob !== null && start <= dob;
      }),
    );
  },
});
