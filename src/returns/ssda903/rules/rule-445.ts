/** DfE rule 445: freeing orders (LS D1) were abolished on 30 December 2005; no episode may start with D1 after 2005. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
    const decom = dateOf(row, 'DECOM');
    return val(row, 'LS') === 'D1' && decom !== null && decom > '2005-12-31';
  }));
}

export const rule445: Rule903 = defineRule({
  code: '445',
  message: 'D1 is not a valid code for episodes starting after December 2005.',
  affectedFields: ['LS', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
