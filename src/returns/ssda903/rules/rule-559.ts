/**
 * DfE rule 559: a decision to place for adoption made before this year must already have been in last
 * year's return. Needs last year's PlacedAdoption table.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, groupByChild, lastRowsOf, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.PlacedAdoption || !data.previous?.PlacedAdoption) return [];
  const last = lastRowsOf(data, 'PlacedAdoption');
  const lastByChild = groupByChild(last);
  const start = data.meta.collectionStart;
  return flagRows('PlacedAdoption', whereRows(rowsOf(data, 'PlacedAdoption'), (row) => {
    const decided = dateOf(row, 'DATE_PLACED');
    if (decided === null || decided >= start) return false;
    const before = lastByChild.get(val(row, 'CHILD') ?? '') ?? [];
    return before.length === 0 || before.some((i) => dateOf(last[i], 'DATE_PLACED') === null);
  }));
}

export const rule559: Rule903 = defineRule({
  code: '559',
  message: 'Date of decision that a child should be placed for adoption was not in the current year but the date of the '
    + 'decision that the child should be placed for adoption was not completed in a previous return.',
  affectedFields: ['DATE_PLACED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
