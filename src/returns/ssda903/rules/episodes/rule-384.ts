/** DfE rule 384: a short break (LS V3/V4) cannot be a long-term foster placement (U1, U4). */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '384',
  message: 'A child receiving respite care cannot be in a long-term foster placement',
  affectedFields: ['PLACE', 'LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'LS'), RESPITE_LS) && inCodes(val(row, 'PLACE'), ['U1', 'U4']),
      ),
    );
  },
});
