/** DfE rule 382: a short break (LS V3/V4) cannot be in a temporary placement (T0-T4). */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { RESPITE_LS, TEMPORARY_PLACEMENTS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '382',
  message: 'A child receiving respite care cannot be in a temporary placement.',
  affectedFields: ['LS', 'PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'LS'), RESPITE_LS) && inCodes(val(row, 'PLACE'), TEMPORARY_PLACEMENTS),
      ),
    );
  },
});
