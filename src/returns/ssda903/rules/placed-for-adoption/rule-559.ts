/**
 * DfE rule 559: a decision to place for adoption made before this year must already have been in last
 * year's return. Needs last year's PlacedAdoption table.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '559',
  message:
    'Date of decision that a child should be placed for adoption was not in the current year but the date of the ' +
    'decision that the child should be placed for adoption was not completed in a previous return.',
  affectedFields: ['DATE_PLACED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.PlacedAdoption || !data.previous?.PlacedAdoption) return [];
    const last = lastRowsOf(data, 'PlacedAdoption');
    const lastByChild = groupByChild(last);
    const start = data.meta.collectionStart;
    return flagRows(
      'PlacedAdoption',
      whereRows(rowsOf(data, 'PlacedAdoption'), (row) => {
        const decided = dateOf(row, 'DATE_PLACED');
        if (decided === null || decided >= start) return false;
        const before = lastByChild.get(val(row, 'CHILD') ?? '') ?? [];
        return before.length === 0 || before.some((i) => dateOf(last[i], 'DATE_PLACED') === null);
      }),
    );
  },
});
