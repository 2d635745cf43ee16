/** DfE 100: the header's ReferenceDate must be 31 March of the collection Year. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, rowsOf, rowsWhere, text } from './helpers.ts';

export const rule = defineRule({
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
