/** DfE rule 232 (from 2024-25): sex reported as U (unknown) needs checking. */
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

export const rule232: Rule903 = defineRule({
  code: '232',
  message: 'Sex of the child/young person has been reported as unknown.',
  affectedFields: ['SEX'],
  tables: ['Header'],
  years: { from: 2025 },
}, (data) => flagRows('Header', whereRows(rowsOf(data, 'Header'), (row) => val(row, 'SEX')?.toUpperCase() === 'U')));
