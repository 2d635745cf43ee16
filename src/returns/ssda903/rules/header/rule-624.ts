/** DfE rule 624: the first child's date of birth, once returned, must be the same as in last year's return. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { sameDate } from '../dates.ts';
import { joinLastYear } from '../joins.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '624',
  message: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
  affectedFields: ['MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const flagged = joinLastYear(data, 'Header')
      .filter(([index, last]) => val(last, 'MC_DOB') !== null && !sameDate(header[index], last, 'MC_DOB'))
      .map(([index]) => index);
    return flagRows('Header', flagged);
  },
});
