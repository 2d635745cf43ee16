/**
 * DfE rule 1012: a young person with no episodes this year (an OC3-only care leaver) has no other
 * child-level data: no PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2 rows.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { childIds, flagTables, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const OTHER_TABLES = ['PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'] as const;
export const rule: Rule903 = defineRule({
  code: '1012',
  message: 'No other data should be returned for OC3 children who had no episodes in the current year',
  affectedFields: ['CHILD'],
  tables: ['Episodes', 'PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes) return [];
    const withEpisodes = childIds(rowsOf(data, 'Episodes'));
    return flagTables(
      Object.fromEntries(
        OTHER_TABLES.map((table) => [
          table,
          whereRows(rowsOf(data, table), (row) => !withEpisodes.has(val(row, 'CHILD') ?? '')),
        ]),
      ),
    );
  },
});
