/**
 * Periods of care and placements derived from a child's SSDA903 episodes (RETURNS.md 1.3): a period
 * runs from an episode that starts care (RNE S, or the first we see) through episodes ended with REC
 * X1 (a new episode the same day) to the episode that ends with any other reason. A placement starts
 * with every episode whose RNE is S, P, T, B or U; an L episode (legal status change only) keeps it.
 */
import type { Row } from '../ssda903/dataset.ts';
import { isoFromCell } from './codes.ts';

export interface DerivedEpisode {
  row: Row;
  start: string;
  end: string | null;
  reasonNew: string;
  reasonCeased: string | null;
  periodIndex: number;
  placementIndex: number;
}

export interface DerivedPeriod {
  start: string;
  end: string | null;
  shortBreaksOnly: boolean;
  /** True when the first episode we have does not start care: the period began before the return. */
  continuesEarlier: boolean;
}

export interface DerivedPlacement {
  periodIndex: number;
  start: string;
  end: string | null;
  /** True when the first episode is an L: the placement began before this return. */
  continuesEarlier: boolean;
  row: Row;
}

export interface DerivedCare {
  episodes: DerivedEpisode[];
  periods: DerivedPeriod[];
  placements: DerivedPlacement[];
}

const NEW_PLACEMENT = new Set(['S', 'P', 'T', 'B', 'U']);
const SHORT_BREAKS = new Set(['V3', 'V4']);

/** Derives one child's periods and placements; episodes without a valid DECOM are left out. */
export function deriveCare(rows: readonly Row[]): DerivedCare {
  const dated = rows
    .map((row) => ({ row, start: isoFromCell(row['DECOM']) }))
    .filter((e): e is { row: Row; start: string } => e.start !== null)
    .sort((a, b) => a.start.localeCompare(b.start));
  const episodes: DerivedEpisode[] = [];
  const periods: DerivedPeriod[] = [];
  const placements: DerivedPlacement[] = [];
  let previous: DerivedEpisode | undefined;
  for (const { row, start } of dated) {
    const reasonNew = (row['RNE'] ?? '').trim();
    const reasonCeased = (row['REC'] ?? '').trim() || null;
    const end = isoFromCell(row['DEC']);
    const startsPeriod =
      previous === undefined || reasonNew === 'S' || (previous.reasonCeased !== null && previous.reasonCeased !== 'X1');
    if (startsPeriod) {
      periods.push({ start, end: null, shortBreaksOnly: true, continuesEarlier: reasonNew !== 'S' });
    }
    const periodIndex = periods.length - 1;
    const period = periods[periodIndex]!;
    if (!SHORT_BREAKS.has((row['LS'] ?? '').trim())) period.shortBreaksOnly = false;
    const startsPlacement = startsPeriod || NEW_PLACEMENT.has(reasonNew);
    if (startsPlacement) {
      const last = placements[placements.length - 1];
      if (last !== undefined && last.periodIndex === periodIndex) last.end = start;
      placements.push({
        periodIndex,
        start,
        end: null,
        continuesEarlier: startsPeriod && !NEW_PLACEMENT.has(reasonNew),
        row,
      });
    }
    const episode: DerivedEpisode = {
      row,
      start,
      end,
      reasonNew,
      reasonCeased,
      periodIndex,
      placementIndex: placements.length - 1,
    };
    episodes.push(episode);
    // An episode ended with a reason other than X1 ends the period (and its placement).
    if (end !== null && reasonCeased !== null && reasonCeased !== 'X1') {
      period.end = end;
      const placement = placements[placements.length - 1]!;
      placement.end = end;
    }
    previous = episode;
  }
  return { episodes, periods, placements };
}
