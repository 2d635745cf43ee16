/** DfE rule 446: placement orders (LS E1) exist from December 2005 (Adoption and Children Act 2002). */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
    const decom = dateOf(row, 'DECOM');
    return val(row, 'LS') === 'E1' && decom !== null && decom < '2005-12-01';
  }));
}

export const rule446: Rule903 = defineRule({
  code: '446',
  message: 'E1 is not a valid code for episodes starting before December 2005.',
  affectedFields: ['LS', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
