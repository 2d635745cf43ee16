/** DfE rule 620: a young person recorded as a mother must be at least 11 at the start of the collection year. */
import type { Dataset903 } from '../dataset.ts';
import { addYears, dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Header', whereRows(rowsOf(data, 'Header'), (row) => {
    const dob = dateOf(row, 'DOB');
    return val(row, 'MOTHER') === '1' && dob !== null && addYears(dob, 11) > data.meta.collectionStart;
  }));
}

export const rule620: Rule903 = defineRule({
  code: '620',
  message: 'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
  affectedFields: ['DOB', 'MOTHER'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
