/** DfE rule 398: no postcodes (and so no distance) for short-break episodes (LS V3/V4). */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '398',
  message: 'Distance field completed but child looked after under legal status V3 or V4.',
  affectedFields: ['LS', 'HOME_POST', 'PL_POST'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'LS'), RESPITE_LS) && (has(row, 'HOME_POST') || has(row, 'PL_POST')),
      ),
    );
  },
});
