/**
 * DfE rule 551: a child placed for adoption (PLACE A3-A6) must have the date of the decision that they
 * should be placed for adoption (PlacedAdoption DATE_PLACED).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { ADOPTION_PLACEMENTS } from '../codes.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '551',
  message:
    'Child has been placed for adoption but there is no date of the decision that the child should be placed ' +
    'for adoption.',
  affectedFields: ['DATE_PLACED', 'PLACE'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.PlacedAdoption) return [];
    const placed = rowsOf(data, 'PlacedAdoption');
    const byChild = groupByChild(placed);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (!(ADOPTION_PLACEMENTS as readonly string[]).includes(val(row, 'PLACE') ?? '')) return false;
        const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
        return own.length === 0 || own.some((i) => val(placed[i], 'DATE_PLACED') === null);
      }),
    );
  },
});
