/**
 * Helpers for the rules that compare a child's Header with last year's return (202-208).
 */
import type { Dataset903, Row } from '../dataset.ts';
import { val } from './cells.ts';
import { firstRowByChild, lastRowsOf, rowsOf } from './rows.ts';

/**
 * Pairs each current Header row with the child's row in last year's Header, for children in both.
 * Returns [] when last year's Header was not supplied.
 */
export function headerPairs(data: Dataset903): { index: number; now: Row; last: Row }[] {
  const last = lastRowsOf(data, 'Header');
  const lastByChild = firstRowByChild(last);
  const pairs: { index: number; now: Row; last: Row }[] = [];
  rowsOf(data, 'Header').forEach((row, index) => {
    const j = lastByChild.get(val(row, 'CHILD') ?? '');
    const lastRow = j === undefined ? undefined : last[j];
    if (lastRow) pairs.push({ index, now: row, last: lastRow });
  });
  return pairs;
}
