/** DfE rule 624: the first child's date of birth, once returned, must be the same as in last year's return. */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val } from './helpers.ts';
import { joinLastYear, sameDate } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const header = rowsOf(data, 'Header');
  const flagged = joinLastYear(data, 'Header').filter(([index, last]) =>
    val(last, 'MC_DOB') !== null && !sameDate(header[index], last, 'MC_DOB')).map(([index]) => index);
  return flagRows('Header', flagged);
}

export const rule624: Rule903 = defineRule({
  code: '624',
  message: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
  affectedFields: ['MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
