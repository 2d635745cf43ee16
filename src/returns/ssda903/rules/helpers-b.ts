/**
 * Helpers used only by the rules with codes 400 and above (and INT, SW, DoLo): first/last rows per
 * child, last year's open episode, periods of care, "continuously looked after", partial (ZZ) dates.
 * The shared helpers (dates, cells, grouping) live in helpers.ts.
 */
import { addDays, addMonths, addYears, findDateParts, formatIsoDate } from '../../../calendar/dates.ts';
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row, Table903 } from '../dataset.ts';
import { dateOf, flagRows, groupByChild, lastRowsOf, parseDate, rowsOf, val } from './helpers.ts';

/** True when the cell is blank (null or absent). */
export function blank(row: Row | undefined, column: string): boolean {
  return val(row, column) === null;
}

/** The cell as a number, or null when blank or not numeric (distances are written '12.3'). */
export function numberOf(row: Row | undefined, column: string): number | null {
  const cell = val(row, column);
  if (cell === null || cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

/** The set of CHILD ids in a table. */
export function childIds(rows: Row[]): Set<string> {
  const ids = new Set<string>();
  for (const row of rows) {
    const child = val(row, 'CHILD');
    if (child !== null) ids.add(child);
  }
  return ids;
}

/**
 * For each child, the row with the earliest (or latest) valid date in `column`; rows without a
 * valid date are passed over, and on a tie the row that comes first in the table wins.
 */
export function extremeByChild(rows: Row[], column: string, which: 'earliest' | 'latest'): Map<string, number> {
  const chosen = new Map<string, number>();
  rows.forEach((row, index) => {
    const child = val(row, 'CHILD');
    const date = dateOf(row, column);
    if (child === null || date === null) return;
    const current = chosen.get(child);
    const currentDate = current === undefined ? null : dateOf(rows[current], column);
    if (currentDate === null || (which === 'earliest' ? date < currentDate : date > currentDate)) {
      chosen.set(child, index);
    }
  });
  return chosen;
}

/** Each child's first episode of this year (earliest DECOM). */
export function firstEpisodes(data: Dataset903): Map<string, number> {
  return extremeByChild(rowsOf(data, 'Episodes'), 'DECOM', 'earliest');
}

/** Row indices of one child's rows ordered by a date column (undated last), then table order. */
export function orderedBy(rows: Row[], indices: number[], column: string): number[] {
  return [...indices].sort((a, b) => {
    const da = dateOf(rows[a], column);
    const db = dateOf(rows[b], column);
    if (da === db) return a - b;
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  });
}

/** For each child, consecutive pairs [previous, current] of rows ordered by `column`. */
export function consecutivePairs(rows: Row[], column: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const indices of groupByChild(rows).values()) {
    const ordered = orderedBy(rows, indices, column);
    for (let i = 1; i < ordered.length; i += 1) pairs.push([ordered[i - 1]!, ordered[i]!]);
  }
  return pairs;
}

/** Flags for several tables at once (each deduplicated and sorted). */
export function flagTables(byTable: Partial<Record<string, Iterable<number>>>): FlaggedRow[] {
  return Object.entries(byTable).flatMap(([table, rows]) => (rows ? flagRows(table, rows) : []));
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
 * Children looked after continuously for the 12 months to 31 March, as the DfE guidance defines it:
 * in care during the year, and no episode that starts care (RNE S) in the year, ends care (REC not X1)
 * before 31 March, or is a short break (V3/V4) during the year.
 */
export function continuouslyLookedAfter(data: Dataset903): Set<string> {
  const start = data.meta.collectionStart;
  const end = data.meta.collectionEnd;
  const inYear = new Set<string>();
  const broken = new Set<string>();
  for (const row of rowsOf(data, 'Episodes')) {
    const child = val(row, 'CHILD');
    if (child === null) continue;
    const decom = dateOf(row, 'DECOM');
    const dec = dateOf(row, 'DEC');
    const during = decom !== null && decom <= end && (blank(row, 'DEC') || (dec !== null && dec >= start));
    const entersCare = val(row, 'RNE') === 'S' && decom !== null && decom > start && decom <= end;
    const leavesCare = val(row, 'REC') !== 'X1' && dec !== null && dec >= start && dec < end;
    const shortBreak = ['V3', 'V4'].includes(val(row, 'LS') ?? '') && during;
    if (during) inYear.add(child);
    if (entersCare || leavesCare || shortBreak) broken.add(child);
  }
  return new Set([...inYear].filter((child) => !broken.has(child)));
}

/**
 * A date that may have unknown parts written ZZ (day, month) or ZZZZ (year), as DATE_PERM and the
 * social worker dates allow. An unknown part is read as late as possible so that a comparison does not
 * raise a false error. Day and month may be one or two digits; null when not a date.
 */
export function partialDate(cell: string | null): string | null {
  if (cell === null) return null;
  const parts = cell.split('/');
  if (parts.length !== 3) return null;
  const [dayText, monthText, yearText] = parts as [string, string, string];
  const unknownDay = dayText === 'ZZ';
  const unknownMonth = monthText === 'ZZ';
  const day = unknownDay ? 1 : Number(dayText);
  const month = unknownMonth ? 1 : Number(monthText);
  const year = yearText === 'ZZZZ' ? 2000 : Number(yearText);
  if (!unknownDay && !/^\d{1,2}$/.test(dayText)) return null;
  if (!unknownMonth && !/^\d{1,2}$/.test(monthText)) return null;
  if (yearText !== 'ZZZZ' && !/^\d{4}$/.test(yearText)) return null;
  const iso = formatIsoDate(year, month, day);
  if (!findDateParts(iso)) return null;
  // The open validator applies the offset of the last unknown part it met (month after day).
  if (unknownMonth) return addDays(addYears(iso, 1), -1);
  if (unknownDay) return addDays(addMonths(iso, 1), -1);
  return iso;
}

/** A date in dd/mm/yyyy or ISO form, also accepting one-digit day or month as the DfE files sometimes do. */
export function looseDate(cell: string | null): string | null {
  const strict = parseDate(cell);
  if (strict !== null || cell === null) return strict;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  if (!match) return null;
  const iso = formatIsoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return findDateParts(iso) ? iso : null;
}

/** The items that identify a placement: a change of placement changes at least one (DfE 434-436). */
export const PLACEMENT_ITEMS = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'] as const;

/** True when both rows hold the same text in `column`; with `blankMatches`, two blanks count as the same. */
export function sameCell(a: Row | undefined, b: Row | undefined, column: string, blankMatches: boolean): boolean {
  const x = val(a, column);
  const y = val(b, column);
  if (x === null || y === null) return blankMatches && x === y;
  return x === y;
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
  data: Dataset903, field: string, allowed: (now: string | null, before: string | null) => boolean = () => false,
): FlaggedRow[] {
  const episodes = rowsOf(data, 'Episodes');
  const flagged = continuedEpisodes(data, 'undated').filter(([index, last]) => {
    const now = val(episodes[index], field);
    const before = val(last, field);
    return now !== before && !allowed(now, before);
  }).map(([index]) => index);
  return flagRows('Episodes', flagged);
}

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

/** True when two date cells hold the same date (compared as dates when both parse, else as text). */
export function sameDate(a: Row | undefined, b: Row | undefined, column: string): boolean {
  const x = val(a, column);
  const y = val(b, column);
  if (x === null || y === null) return false;
  const dx = parseDate(x);
  const dy = parseDate(y);
  return dx !== null && dy !== null ? dx === dy : x === y;
}

/** Pairs [row this year, row last year] of the same child in a table (every combination, as a join). */
export function joinLastYear(data: Dataset903, table: Table903): [number, Row][] {
  const last = lastRowsOf(data, table);
  const lastByChild = groupByChild(last);
  const pairs: [number, Row][] = [];
  rowsOf(data, table).forEach((row, index) => {
    for (const i of lastByChild.get(val(row, 'CHILD') ?? '') ?? []) pairs.push([index, last[i]!]);
  });
  return pairs;
}

/**
 * Rows of `table` that fall outside every period of care of the child, by `outside(row, period)`.
 * Rows whose child has no dated episodes are not flagged (there is nothing to compare with).
 */
export function outsideEveryPeriod(
  data: Dataset903, table: Table903, outside: (row: Row, period: PeriodOfCare) => boolean,
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
  return (end === null && period.end !== null)
    || (end === null && start < period.start)
    || (end !== null && period.end !== null && end > period.end)
    || (end !== null && end < period.start);
}

/** INT01-INT09: rows of `table` whose child is not in the Header (the return's list of children). */
export function childNotInHeader(data: Dataset903, table: Table903): FlaggedRow[] {
  if (!data.current.Header) return [];
  const known = childIds(rowsOf(data, 'Header'));
  return flagRows(table, rowsOf(data, table).flatMap((row, index) =>
    (known.has(val(row, 'CHILD') ?? '') ? [] : [index])));
}

/**
 * INT11-INT21: rows of `table` whose `column` disagrees with the Header row of the same child; dates are
 * compared as dates, and a blank on either side is not a disagreement.
 */
export function differsFromHeader(data: Dataset903, table: Table903, column: string, isDate: boolean): FlaggedRow[] {
  const header = rowsOf(data, 'Header');
  const headerByChild = groupByChild(header);
  const read = (row: Row | undefined) => (isDate ? dateOf(row, column) : val(row, column));
  return flagRows(table, rowsOf(data, table).flatMap((row, index) => {
    const own = read(row);
    const differs = own !== null && (headerByChild.get(val(row, 'CHILD') ?? '') ?? []).some((h) => {
      const inHeader = read(header[h]);
      return inHeader !== null && inHeader !== own;
    });
    return differs ? [index] : [];
  }));
}

/** INT31-INT36: every row of a child who appears more than once in a one-row-per-child table. */
export function childRepeated(data: Dataset903, table: Table903): FlaggedRow[] {
  const groups = groupByChild(rowsOf(data, table));
  return flagRows(table, [...groups.values()].filter((indices) => indices.length > 1).flat());
}

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
