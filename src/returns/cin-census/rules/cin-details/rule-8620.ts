/** DfE 8620: a CIN closure date, where given, must fall within the census year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
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
