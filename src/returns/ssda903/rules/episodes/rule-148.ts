/** DfE rule 148: DEC and REC must both be given or both be blank. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '148',
  message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
  affectedFields: ['DEC', 'REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => has(row, 'DEC') !== has(row, 'REC')),
    );
  },
});
