/** DfE 8620: a CIN closure date, where given, must fall within the census year. */
import { defineRule } from './rule.ts';
import { cellsFor, dateOf, inCensusYear, rowsOf, rowsWhere } from './helpers.ts';

export const rule = defineRule({
  code: '8620',
  message: 'CIN Closure Date present and does not fall within the Census year',
  affectedFields: ['CINclosureDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Header'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const closure = dateOf(row, 'CINclosureDate');
      return closure !== null && !inCensusYear(closure, data);
    });
    return cellsFor('CINdetails', wrong, ['CINclosureDate']);
  },
});
