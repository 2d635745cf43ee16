/** DfE 100: the header's ReferenceDate must be 31 March of the collection Year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '100',
  message: 'Reference Date is incorrect',
  affectedFields: ['ReferenceDate'],
  years: { from: 2023 },
  tables: ['Header'],
  validate(data) {
    const header = rowsOf(data, 'Header');
    const wrong = rowsWhere(header, (row) => {
      const year = text(row, 'Year') ?? String(data.meta.year);
      return dateOf(row, 'ReferenceDate') !== `${year}-03-31`;
    });
    return cellsFor('Header', wrong, ['ReferenceDate']);
  },
});
