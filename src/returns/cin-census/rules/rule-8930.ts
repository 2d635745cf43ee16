/** DfE 8930: a CP plan end date, where given, must fall within the census year. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, inCensusYear, rowsOf, rowsWhere } from './helpers.ts';

export const rule = defineRule({
  code: '8930',
  message: 'Child Protection Plan End Date must fall within the census year',
  affectedFields: ['CPPendDate', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildProtectionPlans'), (row) => {
      const date = dateOf(row, 'CPPendDate');
      return date !== null && !inCensusYear(date, data);
    });
    return cellsFor('ChildProtectionPlans', wrong, ['CPPendDate']);
  },
});
