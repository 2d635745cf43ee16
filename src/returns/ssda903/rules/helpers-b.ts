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

/**
 * Each child's last episode in last year's return (latest DECOM) when it was still open at 31 March:
 * the episode this year's first episode continues (DfE 503A-J, 452, 453).
 */
export function openLastEpisodes(data: Dataset903): Map<string, Row> {
  const last = lastRowsOf(data, 'Episodes');
  const open = new Map<string, Row>();
  for (const [child, index] of extremeByChild(last, 'DECOM', 'latest')) {
    const row = last[index];
    if (row && blank(row, 'DEC')) open.set(child, row);
  }
  return open;
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

/** Rows of a table in this year's or last year's return. */
export function tableRows(data: Dataset903, table: Table903, last = false): Row[] {
  return last ? lastRowsOf(data, table) : rowsOf(data, table);
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
