/**
 * DfE rule 576: a missing period still open at the end of last year must reappear as this year's first
 * missing period for the child, with the same start date. Needs last year's Missing table.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { blank, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, lastRowsOf, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

/** Each child's first missing period this year; a row without a start date counts as the latest. */
function firstPeriods(data: Dataset903): Map<string, number> {
  const first = new Map<string, number>();
  const rows = rowsOf(data, 'Missing');
  const key = (i: number) => dateOf(rows[i], 'MIS_START') ?? '2099-01-01';
  rows.forEach((row, index) => {
    const child = val(row, 'CHILD');
    if (child === null) return;
    const current = first.get(child);
    if (current === undefined || key(index) < key(current)) first.set(child, index);
  });
  return first;
}
export const rule: Rule903 = defineRule({
  code: '576',
  message:
    'There is an open missing/away from placement without authorisation period in last year’s return and there is ' +
    'no corresponding period recorded at the start of this year.',
  affectedFields: ['CHILD'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Missing || !data.previous?.Missing) return [];
    const rows = rowsOf(data, 'Missing');
    const first = firstPeriods(data);
    const flagged: number[] = [];
    for (const last of lastRowsOf(data, 'Missing')) {
      const lastStart = dateOf(last, 'MIS_START');
      const index = first.get(val(last, 'CHILD') ?? '');
      if (!blank(last, 'MIS_END') || lastStart === null || index === undefined) continue;
      if (dateOf(rows[index], 'MIS_START') !== lastStart) flagged.push(index);
    }
    return flagRows('Missing', flagged);
  },
});
