/** Social worker episodes (SW rules): consecutive pairs and the episode continued from last year. */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row } from '../dataset.ts';
import { blank, val } from './cells.ts';
import { dateOf } from './dates.ts';
import { consecutivePairs, flagRows, groupByChild, lastRowsOf, orderedBy, rowsOf } from './rows.ts';

/** A child's social worker episodes in start-date order (undated last), as consecutive pairs. */
export function socialWorkerPairs(data: Dataset903): [number, number][] {
  return consecutivePairs(rowsOf(data, 'SWEpisodes'), 'SW_DECOM');
}

/**
 * SW16a-c: when last year's latest social worker episode (by start) was still open, this year's first
 * episode (by start, undated last) continues it, so `column` must match. Returns the flagged rows.
 */
export function socialWorkerChanged(data: Dataset903, column: string, isDate: boolean): FlaggedRow[] {
  const sw = rowsOf(data, 'SWEpisodes');
  const last = lastRowsOf(data, 'SWEpisodes');
  const read = (row: Row | undefined) => (isDate ? dateOf(row, column) : val(row, column));
  const firstByChild = new Map<string, number>();
  for (const [child, indices] of groupByChild(sw)) firstByChild.set(child, orderedBy(sw, indices, 'SW_DECOM')[0]!);
  const flagged: number[] = [];
  for (const [child, indices] of groupByChild(last)) {
    const latest = orderedBy(last, indices, 'SW_DECOM').filter((i) => dateOf(last[i], 'SW_DECOM') !== null).at(-1)
      ?? indices[0]!;
    const first = firstByChild.get(child);
    if (first === undefined || !blank(last[latest], 'SW_DEC')) continue;
    const before = read(last[latest]);
    const now = read(sw[first]);
    if (before === null || now === null || before !== now) flagged.push(first);
  }
  return flagRows('SWEpisodes', flagged);
}
