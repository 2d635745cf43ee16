/** DfE rule 232 (from 2024-25): sex reported as U (unknown) needs checking. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '232',
  message: 'Sex of the child/young person has been reported as unknown.',
  affectedFields: ['SEX'],
  tables: ['Header'],
  years: { from: 2025 },
  validate(data) {
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => val(row, 'SEX')?.toUpperCase() === 'U'),
    );
  },
});
