/**
 * DfE 8530Q: an expected date of birth should fall between 1 March and 31 December of the year the
 * census ends (the reference date's year).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8530Q',
  message:
    'Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
  affectedFields: ['ExpectedPersonBirthDate'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'Header'],
  validate(data) {
    const year = data.meta.referenceDate.slice(0, 4);
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const expected = dateOf(row, 'ExpectedPersonBirthDate');
      return expected !== null && (expected < `${year}-03-01` || expected > `${year}-12-31`);
    });
    return cellsFor('ChildIdentifiers', wrong, ['ExpectedPersonBirthDate']);
  },
});
