/**
 * Check NoE (open validator): a child whose episode started before this collection year must appear in
 * last year's Episodes. Needs last year's return.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { childIds, flagRows, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'NoE',
  message:
    'This child has no episodes loaded for previous year even though child started to be looked after before this ' +
    'current year.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes || !data.previous?.Episodes) return [];
    const lastYear = childIds(lastRowsOf(data, 'Episodes'));
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        return decom !== null && decom < data.meta.collectionStart && !lastYear.has(val(row, 'CHILD') ?? '');
      }),
    );
  },
});
