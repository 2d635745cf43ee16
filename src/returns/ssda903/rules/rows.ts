/** Rows of a table and the flags a rule returns: this and last year's tables, filtering, grouping and ordering by child. */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row, Table903 } from '../dataset.ts';
import { val } from './cells.ts';
import { dateOf } from './dates.ts';

/** Rows of a table of this year's return (empty when the table was not supplied). */
export function rowsOf(data: Dataset903, table: Table903): Row[] {
  return data.current[table] ?? [];
}

/** Rows of a table of last year's return (empty when not supplied). */
export function lastRowsOf(data: Dataset903, table: Table903): Row[] {
  return data.previous?.[table] ?? [];
}

/**
 * Results derived from a table, kept for the table's lifetime: a score of rules ask for the same child
 * orderings of the same Episodes table, and a 2,000-child return has 10,000 episodes to order each time.
 * Callers only read what they get (a return's tables do not change while its rules run).
 */
const derived = new WeakMap<Row[], Map<string, unknown>>();

export function remembered<T>(rows: Row[], key: string, compute: () => T): T {
  let byKey = derived.get(rows);
  if (byKey === undefined) derived.set(rows, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/** FlaggedRows for the given indices of one table, deduplicated and in ascending order. */
export function flagRows(table: string, indices: Iterable<number>): FlaggedRow[] {
  return [...new Set(indices)].sort((a, b) => a - b).map((row) => ({ table, row }));
}

/** Flags for several tables at once (each deduplicated and sorted). */
export function flagTables(byTable: Partial<Record<string, Iterable<number>>>): FlaggedRow[] {
  return Object.entries(byTable).flatMap(([table, rows]) => (rows ? flagRows(table, rows) : []));
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
export function groupByChild(rows: Row[]): ReadonlyMap<string, readonly number[]> {
  return remembered(rows, 'children', () => {
    const groups = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const child = val(row, 'CHILD');
      if (child === null) return;
      const list = groups.get(child);
      if (list) list.push(index);
      else groups.set(child, [index]);
    });
    return groups;
  });
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
export function extremeByChild(rows: Row[], column: string, which: 'earliest' | 'latest'): ReadonlyMap<string, number> {
  return remembered(rows, `extreme\u0000${column}\u0000${which}`, () => findExtremeByChild(rows, column, which));
}

function findExtremeByChild(rows: Row[], column: string, which: 'earliest' | 'latest'): Map<string, number> {
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

/** Row indices of one child's rows ordered by a date column (undated last), then table order. */
export function orderedBy(rows: Row[], indices: readonly number[], column: string): number[] {
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
export function consecutivePairs(rows: Row[], column: string): readonly (readonly [number, number])[] {
  return remembered(rows, `pairs\u0000${column}`, () => findConsecutivePairs(rows, column));
}

function findConsecutivePairs(rows: Row[], column: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const indices of groupByChild(rows).values()) {
    const ordered = orderedBy(rows, indices, column);
    for (let i = 1; i < ordered.length; i += 1) pairs.push([ordered[i - 1]!, ordered[i]!]);
  }
  return pairs;
}
