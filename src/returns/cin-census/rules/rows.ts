/** Rows of a census table and the cells a rule flags: keys by child, episode and assessment, grouping and filtering. */
import type { DatasetCin, Row, TableCin } from '../dataset.ts';
import { text } from './cells.ts';
import type { FlaggedCell } from './rule.ts';

/** The rows of a table, or none when the return has no such table. */
export function rowsOf(data: DatasetCin, table: TableCin): Row[] {
  return data.tables[table] ?? [];
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
 * The assessment a row belongs to, when the flattening gave it an AssessmentID (rows of one assessment,
 * one per factor, share it). Null when there is no AssessmentID, so callers choose their fallback.
 */
export function assessmentIdOf(row: Row): string | null {
  return keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID'), text(row, 'AssessmentID'));
}
