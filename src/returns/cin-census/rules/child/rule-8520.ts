/** DfE 8520: a date of birth must be on or before the census reference date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8520',
  message: 'Date of Birth is after data collection period (must be on or before the end of the census period)',
  affectedFields: ['PersonBirthDate', 'ReferenceDate'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'Header'],
  validate(data) {
    const late = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const birth = dateOf(row, 'PersonBirthDate');
      return birth !== null && birth > data.meta.referenceDate;
    });
    return cellsFor('ChildIdentifiers', late, ['PersonBirthDate']);
  },
});
