/** DfE rule 511: two adopters (NB_ADOPTR 2) cannot have a single adopter gender code (M1, F1). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '511',
  message:
    'If reporting that the number of person(s) adopting the looked after child is two adopters then the code ' +
    'should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both ' +
    'females; MF = The adopting couple are male and female.',
  affectedFields: ['NB_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'AD1',
      whereRows(rowsOf(data, 'AD1'), (row) => {
        const sex = val(row, 'SEX_ADOPTR');
        return val(row, 'NB_ADOPTR') === '2' && ['M1', 'F1'].includes(sex ?? '');
      }),
    );
  },
});
