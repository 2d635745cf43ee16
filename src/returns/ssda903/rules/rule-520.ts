/** DfE rule 520: adopters who are a different-sex married couple (LS_ADOPTR L11) must be coded MF. */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('AD1', whereRows(rowsOf(data, 'AD1'), (row) => {
    const sex = val(row, 'SEX_ADOPTR');
    return val(row, 'LS_ADOPTR') === 'L11' && sex !== 'MF';
  }));
}

export const rule520: Rule903 = defineRule({
  code: '520',
  message: 'Data entry on the legal status of adopters shows different gender married couple but data entry on '
    + 'genders of adopters shows it as a same gender couple.',
  affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
