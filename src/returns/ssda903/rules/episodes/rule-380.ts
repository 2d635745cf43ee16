/**
 * DfE rule 380: a temporary placement (T0-T4) is only reached by a change of placement and carers
 * (RNE P or B); it cannot start a period of care or come with the same carers.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { TEMPORARY_PLACEMENTS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '380',
  message: 'A period of care cannot start with a temporary placement.',
  affectedFields: ['PLACE', 'RNE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'PLACE'), TEMPORARY_PLACEMENTS) && !inCodes(val(row, 'RNE'), ['P', 'B']),
      ),
    );
  },
});
