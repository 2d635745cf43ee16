/**
 * DfE rule 406: for a child who is UASC, or was UASC in either of the last two years, placement
 * distance must be blank (PL_DISTANCE is derived from postcodes, which are not collected for them).
 * We can see this year's and last year's data only, so a child UASC two years ago is missed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Tables903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { childIds, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_PLACEMENT_DISTANCE } from '../coverage.ts';

/**
 * Children who were UASC in a year: flagged UASC 1 in that year's Header (XML returns, or CSV returns
 * after the reader derives the flag), or with a UASC row holding any detail.
 */
function uascChildren(tables: Tables903 | undefined): Set<string> {
  const fromHeader = (tables?.Header ?? []).filter((row) => val(row, 'UASC') === '1');
  const fromUasc = (tables?.UASC ?? []).filter((row) =>
    Object.entries(row).some(([column, cell]) => column !== 'CHILD' && cell !== null),
  );
  return childIds([...fromHeader, ...fromUasc]);
}
export const rule: Rule903 = defineRule({
  code: '406',
  message:
    'Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. ' +
    '[NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes', 'Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_PLACEMENT_DISTANCE,
  validate(data) {
    const children = new Set([...uascChildren(data.current), ...uascChildren(data.previous)]);
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => children.has(val(row, 'CHILD') ?? '') && val(row, 'PL_DISTANCE') !== null,
      ),
    );
  },
});
