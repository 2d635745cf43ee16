/** Social worker episodes (SW rules): consecutive pairs and the episode continued from last year. */
import { addDays } from '../../../calendar/dates.ts';
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row } from '../dataset.ts';
import { blank, val } from './cells.ts';
import { compareDates, dateOf } from './dates.ts';
import { consecutivePairs, flagRows, groupByChild, lastRowsOf, orderedBy, rowsOf } from './rows.ts';

/** A child's social worker episodes in start-date order (undated last), as consecutive pairs. */
export function socialWorkerPairs(data: Dataset903): readonly (readonly [number, number])[] {
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
    const latest =
      orderedBy(last, indices, 'SW_DECOM')
        .filter((i) => dateOf(last[i], 'SW_DECOM') !== null)
        .at(-1) ?? indices[0]!;
    const first = firstByChild.get(child);
    if (first === undefined || !blank(last[latest], 'SW_DEC')) continue;
    const before = read(last[latest]);
    const now = read(sw[first]);
    if (before === null || now === null || before !== now) flagged.push(first);
  }
  return flagRows('SWEpisodes', flagged);
}

/** Orders by SW_DECOM then SW_DEC (undated last), then table order. */
function byStartThenEnd(rows: Row[]) {
  return (a: number, b: number) =>
    compareDates(dateOf(rows[a], 'SW_DECOM'), dateOf(rows[b], 'SW_DECOM')) ||
    compareDates(dateOf(rows[a], 'SW_DEC'), dateOf(rows[b], 'SW_DEC')) ||
    a - b;
}

/**
 * SW10STG2, SW10aSTG2: flags each social worker episode whose start is not within 7 days either side of
 * the end of the child's previous one (a previous episode still open, or a missing start, is flagged too);
 * a change for a reason in `exempt` (SW_REASON) is not checked.
 */
export function gapNotBridged(exempt: string[]): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const sw = rowsOf(data, 'SWEpisodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(sw).values()) {
      const ordered = [...indices].sort(byStartThenEnd(sw));
      for (let i = 1; i < ordered.length; i += 1) {
        const current = sw[ordered[i]!];
        if (exempt.includes(val(current, 'SW_REASON') ?? '')) continue;
        const previousEnd = dateOf(sw[ordered[i - 1]!], 'SW_DEC');
        const start = dateOf(current, 'SW_DECOM');
        const bridged =
          previousEnd !== null &&
          start !== null &&
          start >= addDays(previousEnd, -7) &&
          start <= addDays(previousEnd, 7);
        if (!bridged) {
          flagged.push(ordered[i]!);
        }
      }
    }
    return flagRows('SWEpisodes', flagged);
  };
}
