/** Episodes of care: first episodes, periods of care, episodes continued from last year, placement items. */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row, Table903 } from '../dataset.ts';
import { blank, numberOf, sameCell, val } from './cells.ts';
import { compareDates, dateOf } from './dates.ts';
import {
  consecutivePairs,
  extremeByChild,
  flagRows,
  flagTables,
  groupByChild,
  lastRowsOf,
  orderedBy,
  remembered,
  rowsOf,
} from './rows.ts';

/** Indices of each child's episodes ordered by start date (undated episodes last, then table order). */
export function episodesByChild(episodes: Row[]): ReadonlyMap<string, readonly number[]> {
  return remembered(episodes, 'episodes by child', () => {
    const ordered = new Map<string, number[]>();
    for (const [child, list] of groupByChild(episodes))
      ordered.set(
        child,
        [...list].sort((a, b) => compareDates(dateOf(episodes[a], 'DECOM'), dateOf(episodes[b], 'DECOM')) || a - b),
      );
    return ordered;
  });
}

/** Each child's first episode of this year (earliest DECOM). */
export function firstEpisodes(data: Dataset903): ReadonlyMap<string, number> {
  return extremeByChild(rowsOf(data, 'Episodes'), 'DECOM', 'earliest');
}

/** A period of care: consecutive episodes with no gap, from the first DECOM to the last DEC (null if open). */
export interface PeriodOfCare {
  child: string;
  start: string;
  end: string | null;
}

/**
 * The child's periods of care: episodes in DECOM order, a new period starting when an episode begins
 * after the previous one ended (DfE definition of a period of care). Undated episodes are left out.
 */
export function periodsOfCare(episodes: Row[]): Map<string, PeriodOfCare[]> {
  const result = new Map<string, PeriodOfCare[]>();
  for (const [child, indices] of groupByChild(episodes)) {
    const dated = orderedBy(episodes, indices, 'DECOM').filter((i) => dateOf(episodes[i], 'DECOM') !== null);
    const periods: PeriodOfCare[] = [];
    let previousEnd: string | null = null;
    for (const i of dated) {
      const start = dateOf(episodes[i], 'DECOM')!;
      const end = dateOf(episodes[i], 'DEC');
      const current = periods.at(-1);
      if (current === undefined || (previousEnd !== null && start > previousEnd)) {
        periods.push({ child, start, end });
      } else {
        current.end = end;
      }
      previousEnd = end;
    }
    result.set(child, periods);
  }
  return result;
}

/**
 * Rows of `table` that fall outside every period of care of the child, by `outside(row, period)`.
 * Rows whose child has no dated episodes are not flagged (there is nothing to compare with).
 */
export function outsideEveryPeriod(
  data: Dataset903,
  table: Table903,
  outside: (row: Row, period: PeriodOfCare) => boolean,
): number[] {
  const periods = periodsOfCare(rowsOf(data, 'Episodes'));
  const flagged: number[] = [];
  rowsOf(data, table).forEach((row, index) => {
    const own = periods.get(val(row, 'CHILD') ?? '') ?? [];
    if (own.length > 0 && own.every((period) => outside(row, period))) flagged.push(index);
  });
  return flagged;
}

/**
 * DfE 577 and 707: a period (missing, or DoLO) must lie within a period of care: an open one is wrong
 * once care has ended or if it began before care; an ended one cannot end after or before care.
 */
export function outsideCare(start: string | null, end: string | null, period: PeriodOfCare): boolean {
  if (start === null) return false;
  return (
    (end === null && period.end !== null) ||
    (end === null && start < period.start) ||
    (end !== null && period.end !== null && end > period.end) ||
    (end !== null && end < period.start)
  );
}

/**
 * Pairs [first episode this year, last episode last year] for children whose last episode of last
 * year was the latest by DECOM and was still open. `open` decides what counts as open: a blank DEC,
 * or any DEC that is not a valid date (as the open validator reads it for the 503 family).
 */
export function continuedEpisodes(data: Dataset903, open: 'blank' | 'undated'): [number, Row][] {
  const last = lastRowsOf(data, 'Episodes');
  const latest = extremeByChild(last, 'DECOM', 'latest');
  const pairs: [number, Row][] = [];
  for (const [child, index] of firstEpisodes(data)) {
    const lastIndex = latest.get(child);
    const lastRow = lastIndex === undefined ? undefined : last[lastIndex];
    if (!lastRow) continue;
    const isOpen = open === 'blank' ? blank(lastRow, 'DEC') : dateOf(lastRow, 'DEC') === null;
    if (isOpen) pairs.push([index, lastRow]);
  }
  return pairs;
}

/**
 * DfE 503A-J: this year's first episode continues last year's open final episode, so `field` must be
 * the same in both (blank matches blank). `allowed(now, before)` lists changes DfE accepts in a year.
 */
export function firstEpisodeChanged(
  data: Dataset903,
  field: string,
  allowed: (now: string | null, before: string | null) => boolean = () => false,
): FlaggedRow[] {
  const episodes = rowsOf(data, 'Episodes');
  const flagged = continuedEpisodes(data, 'undated')
    .filter(([index, last]) => {
      const now = val(episodes[index], field);
      const before = val(last, field);
      return now !== before && !allowed(now, before);
    })
    .map(([index]) => index);
  return flagRows('Episodes', flagged);
}

/** The items that identify a placement: a change of placement changes at least one (DfE 434-436). */
export const PLACEMENT_ITEMS = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'] as const;

/**
 * True when two placement distances disagree: by 0.2 miles or more (distances are given to 0.1), or
 * when one is given and the other blank.
 */
export function distancesDiffer(a: Row | undefined, b: Row | undefined): boolean {
  const aBlank = val(a, 'PL_DISTANCE') === null;
  const bBlank = val(b, 'PL_DISTANCE') === null;
  if (aBlank || bBlank) return aBlank !== bBlank;
  const x = numberOf(a, 'PL_DISTANCE');
  const y = numberOf(b, 'PL_DISTANCE');
  return x !== null && y !== null && Math.abs(x - y) >= 0.2;
}

/**
 * DfE 553 and 555: a child under a placement order (E1) or freeing order (D1) must have a decision to
 * place for adoption; while the order's episode is open, that decision cannot have ceased.
 */
export function orderWithoutDecision(data: Dataset903, legalStatus: string): FlaggedRow[] {
  const episodes = rowsOf(data, 'Episodes');
  const placed = rowsOf(data, 'PlacedAdoption');
  const byChild = groupByChild(placed);
  const eps: number[] = [];
  const pas: number[] = [];
  episodes.forEach((row, index) => {
    if (val(row, 'LS') !== legalStatus) return;
    const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
    if (own.length === 0) eps.push(index);
    if (!blank(row, 'DEC')) return;
    for (const p of own) {
      if (!blank(placed[p], 'DATE_PLACED_CEASED') || !blank(placed[p], 'REASON_PLACED_CEASED')) pas.push(p);
    }
  });
  return flagTables({ Episodes: eps, PlacedAdoption: pas });
}

/**
 * DfE 709 and 710: pairs [DoLO row, episode row] of the same child where a DoLO with both dates overlaps
 * the episode (an episode without DEC is still open and overlaps any later DoLO).
 */
export function doloEpisodeOverlaps(data: Dataset903): [number, number][] {
  const episodes = rowsOf(data, 'Episodes');
  const byChild = groupByChild(episodes);
  const pairs: [number, number][] = [];
  rowsOf(data, 'DoLo').forEach((row, index) => {
    const start = dateOf(row, 'DOLO_START');
    const end = dateOf(row, 'DOLO_END');
    if (start === null || end === null) return;
    for (const e of byChild.get(val(row, 'CHILD') ?? '') ?? []) {
      const decom = dateOf(episodes[e], 'DECOM');
      const dec = dateOf(episodes[e], 'DEC');
      const open = blank(episodes[e], 'DEC');
      if (decom !== null && end >= decom && (open || (dec !== null && start <= dec))) pairs.push([index, e]);
    }
  });
  return pairs;
}

/** What a reason for a new episode says changed from the child's previous episode. */
export interface NewEpisodeChange {
  legalStatus: 'changed' | 'same';
  placement: 'changed' | 'same';
}

/**
 * DfE 434-436: the reason for a new episode (RNE) says whether the legal status (LS), the placement
 * (PLACE, PL_POST, URN, PLACE_PROVIDER) or both changed from the child's previous episode (by DECOM).
 * Flags each episode with one of `reasons` whose data say otherwise. `blanksMatch` says, for LS and for
 * the placement items, whether two blank cells count as the same, as each rule reads it.
 */
export function newEpisodeNotAsReasonSays(
  reasons: readonly string[],
  says: NewEpisodeChange,
  blanksMatch: { legalStatus: boolean; placement: boolean },
): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const eps = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(eps, 'DECOM')
      .filter(([p, c]) => {
        if (!reasons.includes(val(eps[c], 'RNE') ?? '')) return false;
        const legalStatusSame = sameCell(eps[c], eps[p], 'LS', blanksMatch.legalStatus);
        const placementSame = PLACEMENT_ITEMS.every((item) => sameCell(eps[c], eps[p], item, blanksMatch.placement));
        return legalStatusSame !== (says.legalStatus === 'same') || placementSame !== (says.placement === 'same');
      })
      .map(([, c]) => c);
    return flagRows('Episodes', flagged);
  };
}
