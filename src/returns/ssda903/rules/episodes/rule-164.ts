/**
 * DfE rule 164: the placement distance (derived from HOME_POST and PL_POST) must be 0.0-999.9 miles.
 * Children who are or were UASC are left out: their home postcode is often unknown.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { uascChildren } from '../cohorts.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_PLACEMENT_DISTANCE } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '164',
  message:
    'Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_PLACEMENT_DISTANCE,
  validate(data) {
    const uasc = uascChildren(data);
    if (!uasc.known) return [];
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const distance = val(row, 'PL_DISTANCE');
        if (distance === null || uasc.children.has(val(row, 'CHILD') ?? '')) return false;
        const miles = Number(distance);
        return Number.isNaN(miles) || miles < 0 || miles > 999.9;
      }),
    );
  },
});
