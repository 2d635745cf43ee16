/**
 * DfE rule 169: the LA of placement (PL_LA, derived from the placement postcode) is needed for every
 * episode except short breaks (V3/V4).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '169',
  message:
    'Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.',
  affectedFields: ['PL_LA'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => !has(row, 'PL_LA') && !inCodes(val(row, 'LS'), RESPITE_LS)),
    );
  },
});
