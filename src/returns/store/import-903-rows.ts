/**
 * Pieces the SSDA903 importers share: the codes and postcodes they accept, rows grouped by child, and
 * the clean-up of rows a corrected return no longer has.
 */
import type { Row } from '../ssda903/dataset.ts';
import { cellText as text } from './codes.ts';
import type { ImportRun, ReturnScope } from './import-context.ts';

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
/** Reasons an episode ceases (903 REC) the store holds. */
export const REC_CODES = new Set([
  'X1',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E2',
  'E3',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
]);

export function postcode(value: string | null): string | null {
  const normal = value?.toUpperCase().replace(/\s+/g, ' ') ?? null;
  return normal !== null && POSTCODE.test(normal) ? normal : null;
}

export function byChild(rows: readonly Row[] | undefined, known: ReadonlySet<string>): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const child = text(row, 'CHILD');
    if (child === null || !known.has(child)) continue;
    map.set(child, [...(map.get(child) ?? []), row]);
  }
  return map;
}

/** Deletes rows of these children dated in the year whose `child|date` the return no longer has. */
export async function deleteStale(
  run: ImportRun,
  scope: ReturnScope,
  table: string,
  dateColumn: string,
  keep: string[],
): Promise<number> {
  if (scope.children.length === 0) return 0;
  const rows = await run.db.query(
    `DELETE FROM ${table} WHERE la_code = $1 AND child_id = ANY($2::text[]) AND ${dateColumn} BETWEEN $3 AND $4
       AND (child_id || '|' || ${dateColumn}::text) NOT IN (SELECT unnest($5::text[])) RETURNING 1`,
    [run.laCode, scope.children, scope.yearStart, scope.yearEnd, keep],
  );
  return rows.length;
}
