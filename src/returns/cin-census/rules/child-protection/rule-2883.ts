/**
 * DfE 2883 (whole return): CP plans starting in the census year cannot outnumber initial CPCs held in it
 * (DateOfInitialCPC on CINdetails plus on S47). When they do, the plans starting in the year are returned.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2883',
  message: 'There are more child protection plans starting than initial conferences taking place',
  affectedFields: ['CPPstartDate', 'DateOfInitialCPC'],
  years: { from: 2023 },
  scope: 'return',
  tables: ['ChildProtectionPlans', 'CINdetails', 'Section47', 'Header'],
  validate(data) {
    const inYear = (field: string) => (row: Parameters<typeof dateOf>[0]) => {
      const date = dateOf(row, field);
      return date !== null && inCensusYear(date, data);
    };
    const starts = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), inYear('CPPstartDate'));
    const conferences =
      rowsWhere(rowsOf(data, 'CINdetails'), inYear('DateOfInitialCPC')).length +
      rowsWhere(rowsOf(data, 'Section47'), inYear('DateOfInitialCPC')).length;
    return starts.length > conferences ? cellsFor('ChildProtectionPlans', starts, ['CPPstartDate']) : [];
  },
});
