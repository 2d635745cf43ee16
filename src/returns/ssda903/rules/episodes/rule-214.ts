/** DfE rule 214: no placement postcode or URN for short-break episodes (legal status V3/V4). */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '214',
  message: 'Placement location information not required.',
  affectedFields: ['PL_POST', 'URN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'LS'), RESPITE_LS) && (has(row, 'PL_POST') || has(row, 'URN')),
      ),
    );
  },
});
