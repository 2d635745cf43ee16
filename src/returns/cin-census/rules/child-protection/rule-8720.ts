/**
 * DfE 8720: a CP plan needs a start date, on or before the census reference date. Rows without a
 * CPPID are not plans (the flattening numbers every plan), so they are not checked.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8720',
  message: 'Child Protection Plan Start Date missing or out of data collection period',
  affectedFields: ['CPPstartDate', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), (row) => {
      if ('CPPID' in row && text(row, 'CPPID') === null) return false;
      const start = dateOf(row, 'CPPstartDate');
      return start === null || start > data.meta.referenceDate;
    });
    return cellsFor('ChildProtectionPlans', wrong, ['CPPstartDate']);
  },
});
