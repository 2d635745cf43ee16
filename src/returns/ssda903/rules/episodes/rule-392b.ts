/**
 * DfE rule 392b: every episode other than a short break (V3/V4) needs both the home and the placement
 * postcode. Children who are or were UASC are left out.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { uascChildren } from '../cohorts.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '392b',
  message:
    'Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]',
  affectedFields: ['HOME_POST', 'PL_POST'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const uasc = uascChildren(data).children;
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) =>
          (!has(row, 'HOME_POST') || !has(row, 'PL_POST')) &&
          !inCodes(val(row, 'LS'), RESPITE_LS) &&
          !uasc.has(val(row, 'CHILD') ?? ''),
      ),
    );
  },
});
