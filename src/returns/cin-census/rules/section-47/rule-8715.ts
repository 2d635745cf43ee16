/** DfE 8715: the initial CPC date on a S47, where given, must fall within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8715',
  message: 'Date of Initial Child Protection Conference must fall within the census year',
  affectedFields: ['DateOfInitialCPC', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['Section47', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => {
      const date = dateOf(row, 'DateOfInitialCPC');
      return date !== null && !inCensusYear(date, data);
    });
    return cellsFor('Section47', wrong, ['DateOfInitialCPC']);
  },
});
