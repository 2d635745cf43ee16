/**
 * Writing a return's rows into the record store so that importing the same file twice changes
 * nothing and a later return changes only what differs: rows are matched on a key, inserted when new,
 * updated only when a column the return carries has changed, and never touched otherwise. Columns the
 * return does not carry (names, costs, workers) are left as the store has them.
 */
import type { Db } from '../../store/db.ts';
import type { KeepConditions } from './as-at.ts';
import {
  checkedStatement,
  ForeignKeyViolation,
  tableKeys,
  withKeyTriggersOff,
  type ForeignKey,
  type RowValue,
  type TableKeys,
} from '../../store/bulk.ts';

export type StoreRow = Record<string, RowValue>;

export interface WriteCounts {
  inserted: number;
  updated: number;
}

const NAME = /^[a-z_][a-z0-9_]*$/;
/** Rows per statement: PGlite's cost is per row, but each statement also parses its JSON and checks
 * the batch's keys, and larger batches (up to ~2.5 MB of JSON) halve the round trips without a memory
 * cost that matters. */
const BATCH = 10_000;

/**
 * Inserts or updates `rows` of `table`, matched on the unique `key` columns. Only `update` columns are
 * changed on a match, and only when one differs (IS DISTINCT FROM), so an unchanged row is not rewritten.
 * A column in `keep` keeps the store's value while its SQL condition holds (as-at.ts).
 */
export async function upsertRows(
  db: Db,
  table: string,
  rows: readonly StoreRow[],
  key: readonly string[],
  update: readonly string[],
  keep: KeepConditions = {},
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  if (rows.length === 0) return counts;
  const columns = Object.keys(rows[0]!);
  for (const name of [table, ...columns, ...key, ...update])
    if (!NAME.test(name)) throw new Error(`Invalid identifier: ${name}`);
  const keys = await tableKeys(db, table);
  const statements = upsertStatements(table, columns, key, update, keep, keys);
  for (let start = 0; start < rows.length; start += BATCH) {
    const result = await writeBatch(db, table, statements, keys, batchJson(rows, start, start + BATCH));
    counts.inserted += result?.inserted ?? 0;
    counts.updated += result?.updated ?? 0;
  }
  return counts;
}

/**
 * Rows `start` to `end` as a JSON array, null values left out: json_populate_recordset gives a missing
 * key NULL all the same, and a third of a census's JSON is nulls, which would only be copied and parsed.
 */
function batchJson(rows: readonly StoreRow[], start: number, end: number): string {
  const lean: Record<string, RowValue>[] = [];
  for (let i = start; i < Math.min(end, rows.length); i += 1) {
    const row = rows[i]!;
    const kept: Record<string, RowValue> = {};
    for (const column in row) if (row[column] !== null) kept[column] = row[column]!;
    lean.push(kept);
  }
  return JSON.stringify(lean);
}

interface UpsertStatements {
  /** The upsert with the foreign keys left to the triggers. */
  plain: string;
  /** The upsert that checks the batch's foreign keys itself (bulk.ts), or undefined when it may not. */
  checked: string | undefined;
}

type BatchResult = { inserted: number; updated: number } & Record<`missing_${number}`, number>;

function upsertStatements(
  table: string,
  columns: readonly string[],
  key: readonly string[],
  update: readonly string[],
  keep: Readonly<Record<string, string>>,
  keys: TableKeys,
): UpsertStatements {
  const list = columns.join(', ');
  for (const column of Object.keys(keep)) if (!NAME.test(column)) throw new Error(`Invalid identifier: ${column}`);
  // A column with a keep condition takes the return's value only when the condition does not hold.
  const incoming = (c: string) =>
    keep[c] === undefined ? `EXCLUDED.${c}` : `CASE WHEN ${keep[c]} THEN ${table}.${c} ELSE EXCLUDED.${c} END`;
  const set = update.map((c) => `${c} = ${incoming(c)}`).join(', ');
  const changed =
    update.length === 0
      ? 'false'
      : `(${update.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${update.map(incoming).join(', ')})`;
  const onConflict = update.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${set} WHERE ${changed}`;
  const keyColumns = [...new Set(keys.foreignKeys.flatMap((fk) => fk.columns))];
  // xmax is 0 on a freshly inserted row version and set on an updated one (PostgreSQL MVCC). The
  // counts are summed in SQL so one row comes back per batch rather than one per row written.
  const write = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)
    ON CONFLICT (${key.join(', ')}) ${onConflict} RETURNING (xmax = 0) AS inserted${keyColumns.map((c) => `, ${c}`).join('')}`;
  const counted =
    'count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated';
  // The batch checks its own keys unless an update could change a key that other tables refer to.
  const checkable = keys.checkable && keys.foreignKeys.length > 0 && !update.some((c) => keys.referenced.has(c));
  return {
    plain: `WITH written AS (${write}) SELECT ${counted} FROM written`,
    checked: checkable ? checkedStatement(write, counted, keys.foreignKeys) : undefined,
  };
}

/** One batch (a JSON array of rows), its keys checked per batch where the session may (bulk.ts). */
async function writeBatch(
  db: Db,
  table: string,
  statements: UpsertStatements,
  keys: TableKeys,
  json: string,
): Promise<BatchResult | undefined> {
  const { checked } = statements;
  if (checked === undefined) return (await db.query<BatchResult>(statements.plain, [json]))[0];
  return withKeyTriggersOff(db, async (tx, off) => {
    const [result] = await tx.query<BatchResult>(off ? checked : statements.plain, [json]);
    if (off) refuseMissingKeys(table, keys.foreignKeys, result);
    return result;
  });
}

/** Throws PostgreSQL's refusal when a checked batch wrote a key that names no row. */
function refuseMissingKeys(table: string, foreignKeys: readonly ForeignKey[], result: BatchResult | undefined): void {
  foreignKeys.forEach((fk, i) => {
    const missing = result?.[`missing_${i}`] ?? 0;
    if (missing > 0) throw new ForeignKeyViolation(table, fk, missing);
  });
}

/**
 * Ids of existing rows of `table` for these children, keyed by `naturalKey` columns joined with '|',
 * so a row from a return finds the row the store already has for the same thing (whatever its id).
 */
export async function existingIds(
  db: Db,
  table: string,
  laCode: string,
  children: readonly string[],
  naturalKey: readonly string[],
): Promise<Map<string, string>> {
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
