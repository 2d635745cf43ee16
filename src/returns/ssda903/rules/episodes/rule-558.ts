/**
 * DfE rule 558: a child who was adopted (REC E11/E12) was adopted under a decision that was never
 * reversed. The open validator reads this as: flag the adoption episode when the child has more than
 * one placed-for-adoption decision and every one of them has a DATE_PLACED_CEASED (none was left open).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { blank, val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '558',
  message:
    'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date ' +
    'of the decision that a child should no longer be placed for adoption should be left blank.',
  affectedFields: ['DATE_PLACED_CEASED', 'REC'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.PlacedAdoption) return [];
    const placed = rowsOf(data, 'PlacedAdoption');
    const byChild = groupByChild(placed);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (!['E11', 'E12'].includes(val(row, 'REC') ?? '')) return false;
        const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
        return own.length > 1 && own.every((p) => !blank(placed[p], 'DATE_PLACED_CEASED'));
      }),
    );
  },
});
