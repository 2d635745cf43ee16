/**
 * DfE rule 179: placement location (PL_LOCATION, IN or OUT of the LA, derived from the placement
 * postcode) is needed for every episode except short breaks (V3/V4).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '179',
  message: 'Placement location code is not a valid code.',
  affectedFields: ['PL_LOCATION'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (inCodes(val(row, 'LS'), RESPITE_LS)) return false;
        return !inCodes(val(row, 'PL_LOCATION'), ['IN', 'OUT']);
      }),
    );
  },
});
