/**
 * Check NoE (open validator): a child whose episode started before this collection year must appear in
 * last year's Episodes. Needs last year's return.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, lastRowsOf, rowsOf, val, whereRows } from './helpers.ts';
import { childIds } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.Episodes || !data.previous?.Episodes) return [];
  const lastYear = childIds(lastRowsOf(data, 'Episodes'));
  return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
    const decom = dateOf(row, 'DECOM');
    return decom !== null && decom < data.meta.collectionStart && !lastYear.has(val(row, 'CHILD') ?? '');
  }));
}

export const ruleNoE: Rule903 = defineRule({
  code: 'NoE',
  message: 'This child has no episodes loaded for previous year even though child started to be looked after before this '
    + 'current year.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
