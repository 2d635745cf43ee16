/**
 * DfE rule 392a: every episode other than a short break (V3/V4) needs a placement distance (derived
 * from the postcodes). Children who are or were UASC are left out: their home postcode is often unknown.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { uascChildren } from '../cohorts.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_PLACEMENT_DISTANCE } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '392a',
  message:
    'Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_PLACEMENT_DISTANCE,
  validate(data) {
    const uasc = uascChildren(data).children;
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => !has(row, 'PL_DISTANCE') && !inCodes(val(row, 'LS'), RESPITE_LS) && !uasc.has(val(row, 'CHILD') ?? ''),
      ),
    );
  },
});
