/**
 * Small shared pieces for the CIN census rules: reading text cells, strict dates, the census period,
 * yes/no flags, grouping rows by child and episode, and turning row indexes into flagged cells.
 */
import type { DatasetCin, Row, TableCin } from '../dataset.ts';
import type { FlaggedCell } from './rule.ts';

/** The rows of a table, or none when the return has no such table. */
export function rowsOf(data: DatasetCin, table: TableCin): Row[] {
  return data.tables[table] ?? [];
}

/** The trimmed text of a cell; blank counts as missing (null). */
export function text(row: Row | undefined, field: string): string | null {
  const value = row?.[field];
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A strict XML date (yyyy-mm-dd, as the census schema's xs:date) that exists in the calendar, or null.
 * `2024-13-01` and `2023-02-29` are null; so is anything in another format.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // A census holds a few thousand distinct dates read many times over by the rules: check each once.
  const known = checkedDates.get(value);
  if (known !== undefined) return known;
  const checked = checkIsoDate(value);
  if (checkedDates.size >= MAX_CHECKED_DATES) checkedDates.clear();
  checkedDates.set(value, checked);
  return checked;
}

const checkedDates = new Map<string, string | null>();
const MAX_CHECKED_DATES = 100_000;

function checkIsoDate(value: string): string | null {
  const trimmed = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return trimmed;
}

/** The date in a cell, parsed strictly (see isoDate). */
export function dateOf(row: Row | undefined, field: string): string | null {
  return isoDate(text(row, field));
}

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return remembered(shiftedDates, iso, days, () => {
    const date = toUtc(iso);
    date.setUTCDate(date.getUTCDate() + days);
    return fromUtc(date);
  });
}

/** Adds calendar years; 29 February rolls to 1 March when the target year is not a leap year. */
export function addYears(iso: string, years: number): string {
  return remembered(shiftedYears, iso, years, () => {
    const date = toUtc(iso);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    return fromUtc(date);
  });
}

/** Date arithmetic repeats over the same few thousand dates for every child: each sum is done once. */
const shiftedDates = new Map<string, string>();
const shiftedYears = new Map<string, string>();

function remembered(cache: Map<string, string>, iso: string, by: number, compute: () => string): string {
  const key = `${iso}|${by}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= MAX_CHECKED_DATES) cache.clear();
  cache.set(key, value);
  return value;
}

/** Age in whole years on `on` (birthday reached on the same month and day). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** Whether a date falls within the census year: 1 April to the 31 March reference date, inclusive. */
export function inCensusYear(date: string, data: DatasetCin): boolean {
  return date >= data.meta.collectionStart && date <= data.meta.referenceDate;
}

/** Day of week, 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return toUtc(iso).getUTCDay();
}

/**
 * Census yes/no values: the schema allows true/false/1/0 (any case). Anything else is null (invalid or
 * missing), so callers decide whether an invalid flag counts.
 */
export function yesNo(value: string | null): boolean | null {
  if (value === null) return null;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return null;
}

/** A composite key from cell values, or null when any part is missing (missing ids never match). */
export function keyOf(...parts: Array<string | null>): string | null {
  // A loop rather than some() + join(): the rules build millions of these keys on a large census.
  let key = '';
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (part === null) return null;
    key = index === 0 ? (part ?? '') : `${key}\u0000${part ?? ''}`;
  }
  return key;
}

/** The child (LAchildID) a row belongs to. */
export function childOf(row: Row): string | null {
  return text(row, 'LAchildID');
}

/** The episode of need (LAchildID + CINdetailsID) a row belongs to. */
export function episodeOf(row: Row): string | null {
  return keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID'));
}

/** Row indexes grouped by key, in row order; rows whose key is null are left out. */
export function groupRows(rows: Row[], keyFn: (row: Row, index: number) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = keyFn(row, index);
    if (key === null) return;
    const list = groups.get(key);
    if (list) list.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}

/** Cells for each row index and field, without duplicates. */
export function cellsFor(table: TableCin, rows: Iterable<number>, fields: string[]): FlaggedCell[] {
  const unique = [...new Set(rows)].sort((a, b) => a - b);
  return unique.flatMap((row) => fields.map((field) => ({ table, row, field })));
}

/** Indexes of the rows that satisfy a predicate. */
export function rowsWhere(rows: Row[], predicate: (row: Row, index: number) => boolean): number[] {
  const found: number[] = [];
  rows.forEach((row, index) => {
    if (predicate(row, index)) found.push(index);
  });
  return found;
}

/**
 * The factor codes in an Assessments row. The flattening keeps one row per factor, but a cell holding
 * several codes separated by commas or spaces is read as a list as well.
 */
export function factorCodes(row: Row): string[] {
  const value = text(row, 'AssessmentFactors');
  return value === null ? [] : value.split(/[\s,]+/).filter((code) => code !== '');
}

/**
 * The assessment a row belongs to, when the flattening gave it an AssessmentID (rows of one assessment,
 * one per factor, share it). Null when there is no AssessmentID, so callers choose their fallback.
 */
export function assessmentIdOf(row: Row): string | null {
  return keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID'), text(row, 'AssessmentID'));
}

/** Pairs each row of `left` with the rows of `right` that share its key (e.g. episodeOf, childOf). */
export function joinRows(left: Row[], right: Row[], keyFn: (row: Row) => string | null): Array<[number, number]> {
  const byKey = rememberedGroups(right, keyFn);
  const leftKeys = rememberedKeys(left, keyFn);
  const pairs: Array<[number, number]> = [];
  left.forEach((row, i) => {
    const key = leftKeys === undefined ? keyFn(row) : leftKeys[i]!;
    if (key === null) return;
    for (const j of byKey.get(key) ?? []) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * Keys and groupings remembered while one set of rules runs over one dataset (rememberingGroups).
 * A census of 50,000 children is joined on its children and episodes by a score of rules; each
 * grouping is then made once. Only for the shared key functions, whose keys depend on the row alone.
 */
interface Remembered {
  keys: WeakMap<Row[], Map<unknown, (string | null)[]>>;
  groups: WeakMap<Row[], Map<unknown, Map<string, number[]>>>;
}

let scope: Remembered | undefined;
const SHARED_KEYS: ReadonlySet<unknown> = new Set([childOf, episodeOf, assessmentIdOf]);

/** Runs `work`, rules over a dataset that does not change meanwhile, remembering joins' keys and groups. */
export function rememberingGroups<T>(work: () => T): T {
  const outer = scope;
  scope = { keys: new WeakMap(), groups: new WeakMap() };
  try {
    return work();
  } finally {
    scope = outer;
  }
}

function rememberedKeys(rows: Row[], keyFn: (row: Row) => string | null): (string | null)[] | undefined {
  if (scope === undefined || !SHARED_KEYS.has(keyFn)) return undefined;
  const byFn = scope.keys.get(rows) ?? new Map<unknown, (string | null)[]>();
  scope.keys.set(rows, byFn);
  let keys = byFn.get(keyFn);
  if (keys === undefined || keys.length !== rows.length) {
    keys = rows.map((row) => keyFn(row));
    byFn.set(keyFn, keys);
  }
  return keys;
}

/** groupRows(rows, keyFn) for joinRows, which only reads it, so it can be shared. */
function rememberedGroups(rows: Row[], keyFn: (row: Row) => string | null): Map<string, number[]> {
  const keys = rememberedKeys(rows, keyFn);
  if (keys === undefined || scope === undefined) return groupRows(rows, keyFn);
  const byFn = scope.groups.get(rows) ?? new Map<unknown, Map<string, number[]>>();
  scope.groups.set(rows, byFn);
  let groups = byFn.get(keyFn);
  if (groups === undefined) {
    groups = groupRows(rows, (_row, index) => keys[index] ?? null);
    byFn.set(keyFn, groups);
  }
  return groups;
}
