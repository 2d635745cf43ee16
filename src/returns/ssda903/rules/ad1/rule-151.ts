/** DfE rule 151: the six adoption (AD1) items are all given or all blank. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const rule: Rule903 = defineRule({
  code: '151',
  message: 'All data items relating to a childs adoption must be coded or left blank.',
  affectedFields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTER', 'SEX_ADOPTR', 'LS_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'AD1',
      whereRows(rowsOf(data, 'AD1'), (row) => {
        const given = FIELDS.filter((f) => has(row, f)).length;
        return given > 0 && given < FIELDS.length;
      }),
    );
  },
});
