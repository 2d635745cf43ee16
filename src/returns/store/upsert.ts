/**
 * Writing a return's rows into the record store so that importing the same file twice changes
 * nothing and a later return changes only what differs: rows are matched on a key, inserted when new,
 * updated only when a column the return carries has changed, and never touched otherwise. Columns the
 * return does not carry (names, costs, workers) are left as the store has them.
 */
import type { Db } from '../../store/db.ts';
import type { RowValue } from '../../store/bulk.ts';

export type StoreRow = Record<string, RowValue>;

export interface WriteCounts {
  inserted: number;
  updated: number;
}

const NAME = /^[a-z_][a-z0-9_]*$/;
/** Rows per statement: PGlite's cost is per row, but each statement also parses its JSON, and larger
 * batches (up to ~2 MB of JSON) halve the round trips without a memory cost that matters. */
const BATCH = 10_000;

/**
 * Inserts or updates `rows` of `table`, matched on the unique `key` columns. Only `update` columns are
 * changed on a match, and only when one differs (IS DISTINCT FROM), so an unchanged row is not rewritten.
 */
export async function upsertRows(db: Db, table: string, rows: readonly StoreRow[], key: readonly string[], update: readonly string[], keepIfNull: readonly string[] = []): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  if (rows.length === 0) return counts;
  const columns = Object.keys(rows[0]!);
  for (const name of [table, ...columns, ...key, ...update]) if (!NAME.test(name)) throw new Error(`Invalid identifier: ${name}`);
  const list = columns.join(', ');
  // A keepIfNull column takes the new value only when the return gives one.
  const incoming = (c: string) => (keepIfNull.includes(c) ? `COALESCE(EXCLUDED.${c}, ${table}.${c})` : `EXCLUDED.${c}`);
  const set = update.map((c) => `${c} = ${incoming(c)}`).join(', ');
  const changed = update.length === 0 ? 'false' : `(${update.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${update.map(incoming).join(', ')})`;
  const onConflict = update.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${set} WHERE ${changed}`;
  // xmax is 0 on a freshly inserted row version and set on an updated one (PostgreSQL MVCC). The
  // counts are summed in SQL so one row comes back per batch rather than one per row written.
  const statement = `WITH written AS (INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)
    ON CONFLICT (${key.join(', ')}) ${onConflict} RETURNING (xmax = 0) AS inserted)
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const [result] = await db.query<{ inserted: number; updated: number }>(statement, [JSON.stringify(rows.slice(start, start + BATCH))]);
    counts.inserted += result?.inserted ?? 0;
    counts.updated += result?.updated ?? 0;
  }
  return counts;
}

/**
 * Ids of existing rows of `table` for these children, keyed by `naturalKey` columns joined with '|',
 * so a row from a return finds the row the store already has for the same thing (whatever its id).
 */
export async function existingIds(db: Db, table: string, laCode: string, children: readonly string[], naturalKey: readonly string[]): Promise<Map<string, string>> {
  for (const name of [table, ...naturalKey]) if (!NAME.test(name)) throw new Error(`Invalid identifier: ${name}`);
  const map = new Map<string, string>();
  if (children.length === 0) return map;
  const keyText = naturalKey.map((c) => `coalesce(${c}::text, '')`).join(` || '|' || `);
  // The council's rows filtered here rather than with child_id = ANY($2): a census names tens of
  // thousands of children, and probing the index once per id costs more than reading the rows.
  const wanted = new Set(children);
  const rows = await db.query<{ id: string; child_id: string; k: string }>(
    `SELECT id, child_id, ${keyText} AS k FROM ${table} WHERE la_code = $1`,
    [laCode],
  );
  for (const row of rows) if (wanted.has(row.child_id) && !map.has(row.k)) map.set(row.k, row.id);
  return map;
}

export function keyOf(...parts: readonly (string | null | undefined)[]): string {
  return parts.map((p) => p ?? '').join('|');
}

/** Adds `b` into `a` (counts per table). */
export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated };
}
