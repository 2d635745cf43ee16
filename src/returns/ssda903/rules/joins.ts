/** Joins of a table to the Header (INT rules) and to the same table in last year's return. */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row, Table903 } from '../dataset.ts';
import { val } from './cells.ts';
import { dateOf } from './dates.ts';
import { childIds, flagRows, groupByChild, lastRowsOf, rowsOf } from './rows.ts';

/** INT01-INT09: rows of `table` whose child is not in the Header (the return's list of children). */
export function childNotInHeader(data: Dataset903, table: Table903): FlaggedRow[] {
  if (!data.current.Header) return [];
  const known = childIds(rowsOf(data, 'Header'));
  return flagRows(
    table,
    rowsOf(data, table).flatMap((row, index) => (known.has(val(row, 'CHILD') ?? '') ? [] : [index])),
  );
}

/**
 * INT11-INT21: rows of `table` whose `column` disagrees with the Header row of the same child; dates are
 * compared as dates, and a blank on either side is not a disagreement.
 */
export function differsFromHeader(data: Dataset903, table: Table903, column: string, isDate: boolean): FlaggedRow[] {
  const header = rowsOf(data, 'Header');
  const headerByChild = groupByChild(header);
  const read = (row: Row | undefined) => (isDate ? dateOf(row, column) : val(row, column));
  return flagRows(
    table,
    rowsOf(data, table).flatMap((row, index) => {
      const own = read(row);
      const differs =
        own !== null &&
        (headerByChild.get(val(row, 'CHILD') ?? '') ?? []).some((h) => {
          const inHeader = read(header[h]);
          return inHeader !== null && inHeader !== own;
        });
      return differs ? [index] : [];
    }),
  );
}

/** INT31-INT36: every row of a child who appears more than once in a one-row-per-child table. */
export function childRepeated(data: Dataset903, table: Table903): FlaggedRow[] {
  const groups = groupByChild(rowsOf(data, table));
  return flagRows(table, [...groups.values()].filter((indices) => indices.length > 1).flat());
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
