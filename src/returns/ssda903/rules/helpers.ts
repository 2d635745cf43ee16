/**
 * Shared pieces for the SSDA903 rules: reading cells, strict dates, code-list checks, grouping by
 * child, and small builders for the many rules that are "this field must be a valid date/code".
 */
import { addDays, addYears, daysBetween, findDateParts, formatIsoDate } from '../../../calendar/dates.ts';
import type { FlaggedRow } from '../../findings.ts';
import { severityOf } from '../../findings.ts';
import type { Dataset903, Row, Table903 } from '../dataset.ts';
import type { Rule903 } from './rule.ts';

export { addDays, addYears, daysBetween };

/** The cell as given, or null when the column is absent or blank. Parsers already trim cells. */
export function val(row: Row | undefined, column: string): string | null {
  const value = row?.[column];
  return value === undefined ? null : value;
}

/** True when the cell holds text (an empty string counts as present but invalid, as in a raw file). */
export function has(row: Row | undefined, column: string): boolean {
  return val(row, column) !== null;
}

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date cell as ISO 'YYYY-MM-DD', or null when blank or not a real date. Accepts only dd/mm/yyyy
 * (the DfE CSV form) and yyyy-mm-dd (XML and our own export); '31/02/2024' and '1/2/24' are null.
 */
export function parseDate(cell: string | null | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  // A return holds a few thousand distinct dates read many times over by the rules: parse each once.
  const known = parsedDates.get(cell);
  if (known !== undefined) return known;
  const dmy = DMY.exec(cell);
  const iso = dmy ? formatIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : YMD.test(cell) ? cell : null;
  const parsed = iso !== null && findDateParts(iso) ? iso : null;
  if (parsedDates.size >= MAX_PARSED_DATES) parsedDates.clear();
  parsedDates.set(cell, parsed);
  return parsed;
}

const parsedDates = new Map<string, string | null>();
const MAX_PARSED_DATES = 100_000;

/** The date in `column` of `row`, or null. */
export function dateOf(row: Row | undefined, column: string): string | null {
  return parseDate(val(row, column));
}

/** Rows of a table of this year's return (empty when the table was not supplied). */
export function rowsOf(data: Dataset903, table: Table903): Row[] {
  return data.current[table] ?? [];
}

/** Rows of a table of last year's return (empty when not supplied). */
export function lastRowsOf(data: Dataset903, table: Table903): Row[] {
  return data.previous?.[table] ?? [];
}

/** FlaggedRows for the given indices of one table, deduplicated and in ascending order. */
export function flagRows(table: string, indices: Iterable<number>): FlaggedRow[] {
  return [...new Set(indices)].sort((a, b) => a - b).map((row) => ({ table, row }));
}

/** Indices of the rows that satisfy `test`. */
export function whereRows(rows: Row[], test: (row: Row, index: number) => boolean): number[] {
  const found: number[] = [];
  rows.forEach((row, index) => {
    if (test(row, index)) found.push(index);
  });
  return found;
}

/** Row indices by CHILD (rows without a CHILD are left out), in table order. */
export function groupByChild(rows: Row[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const child = val(row, 'CHILD');
    if (child === null) return;
    const list = groups.get(child);
    if (list) list.push(index);
    else groups.set(child, [index]);
  });
  return groups;
}

/** The first row index for each CHILD (for tables with one row per child such as Header). */
export function firstRowByChild(rows: Row[]): Map<string, number> {
  const first = new Map<string, number>();
  rows.forEach((row, index) => {
    const child = val(row, 'CHILD');
    if (child !== null && !first.has(child)) first.set(child, index);
  });
  return first;
}

/** Indices of each child's episodes ordered by start date (undated episodes last, then table order). */
export function episodesByChild(episodes: Row[]): Map<string, number[]> {
  const groups = groupByChild(episodes);
  for (const list of groups.values()) {
    list.sort((a, b) => compareDates(dateOf(episodes[a], 'DECOM'), dateOf(episodes[b], 'DECOM')) || a - b);
  }
  return groups;
}

/** Orders ISO dates with nulls last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** First day of the collection year (1 April), ISO. */
export function collectionStart(data: Dataset903): string {
  return data.meta.collectionStart;
}

/** Last day of the collection year (31 March), ISO. */
export function collectionEnd(data: Dataset903): string {
  return data.meta.collectionEnd;
}

/** True when the cell is one of the codes (exact match: codes are case-sensitive in the return). */
export function inCodes(value: string | null, codes: readonly string[]): boolean {
  return value !== null && codes.includes(value);
}

/** Rule metadata as written in each module; severity follows from the code. */
export interface RuleSpec {
  code: string;
  message: string;
  affectedFields: string[];
  tables: Table903[];
  years: { from: number; to?: number };
}

/** Builds a Rule903 from its metadata and check. */
export function defineRule(spec: RuleSpec, validate: (data: Dataset903) => FlaggedRow[]): Rule903 {
  return { ...spec, severity: severityOf(spec.code), validate };
}

/**
 * A rule that flags rows of `table` whose `column` is not a real date. Blank cells are flagged only
 * when `required` (a mandatory item left blank is as invalid as a bad date).
 */
export function invalidDateRule(spec: RuleSpec, table: Table903, column: string, required: boolean): Rule903 {
  return defineRule(spec, (data) => {
    const rows = rowsOf(data, table);
    return flagRows(table, whereRows(rows, (row) => {
      const cell = val(row, column);
      if (cell === null) return required;
      return parseDate(cell) === null;
    }));
  });
}

/**
 * A rule that flags rows of `table` whose `column` is not in `codes`. Blank cells are flagged only
 * when `required`.
 */
export function invalidCodeRule(
  spec: RuleSpec, table: Table903, column: string, codes: readonly string[], required: boolean,
): Rule903 {
  return defineRule(spec, (data) => {
    const rows = rowsOf(data, table);
    return flagRows(table, whereRows(rows, (row) => {
      const cell = val(row, column);
      if (cell === null) return required;
      return !codes.includes(cell);
    }));
  });
}
