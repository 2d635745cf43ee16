/**
 * Bulk insertion that runs the same on both backends: each batch is one statement that expands a JSON
 * array into rows with json_populate_recordset, so column types, defaults and constraints apply as for
 * any INSERT. A batch of a few thousand rows is one round trip instead of thousands. For bulk writes
 * that check their own foreign keys per batch, see the second half of this file.
 */
import type { Db } from './db.ts';

/** A column value; an object goes to a json or jsonb column as it is. */
export type RowValue = string | number | boolean | null | readonly string[] | { readonly [key: string]: unknown };
export type Rows = readonly Record<string, RowValue | undefined>[];

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Inserts rows into `table` in batches; every row should have the same keys. Returns the count. */
export async function insertRows(db: Db, table: string, rows: Rows, batchSize = 5000): Promise<number> {
  if (!TABLE_NAME.test(table)) throw new Error(`Invalid table name: ${table}`);
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  for (const column of columns) if (!TABLE_NAME.test(column)) throw new Error(`Invalid column name: ${column}`);
  const list = columns.join(', ');
  const statement = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
  for (let start = 0; start < rows.length; start += batchSize) {
    await db.query(statement, [JSON.stringify(rows.slice(start, start + batchSize))]);
  }
  return rows.length;
}

/*
 * Foreign keys checked once per statement instead of once per row. PostgreSQL checks each inserted
 * row's keys with a trigger that runs a query of its own: for a batch of 10,000 rows, 10,000 queries and
 * a third of a large import's time (more on PGlite). Where the session may switch triggers off
 * (`session_replication_role`: a superuser, as always on PGlite), a bulk write instead locks and counts
 * the parent rows of the whole batch in the same statement (checkedStatement): the same guarantee, every
 * key names an existing row, locked FOR KEY SHARE as the trigger locks it so that none can go before
 * commit, checked for all rows at once. A batch with a missing parent is undone and refused with
 * PostgreSQL's message. Tables this cannot cover keep their triggers (tableKeys).
 */
const RELATION = /^(?:[a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*$/;

export interface ForeignKey {
  name: string;
  columns: string[];
  /** The referenced table, as the catalogue names it from the search path. */
  parent: string;
  parentColumns: string[];
}

export interface TableKeys {
  foreignKeys: ForeignKey[];
  /** Columns of this table that other tables' keys refer to (an update of one needs the triggers). */
  referenced: Set<string>;
  /** False when the table has triggers other than simple immediate foreign keys to other tables. */
  checkable: boolean;
}

/**
 * Keys by table. Every store in a process has the schema the migrations made, so each table's keys are
 * read from the catalogue once.
 */
const keysOf = new Map<string, Promise<TableKeys>>();

/** The foreign keys of `table` and whether a statement may check them itself (see above). */
export function tableKeys(db: Db, table: string): Promise<TableKeys> {
  let keys = keysOf.get(table);
  if (keys === undefined) {
    keys = readTableKeys(db, table);
    keysOf.set(table, keys);
    keys.catch(() => keysOf.delete(table));
  }
  return keys;
}

async function readTableKeys(db: Db, table: string): Promise<TableKeys> {
  const columnsOf = (rel: string, keys: string) =>
    `ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.n ORDER BY k.o)`;
  const foreign = await db.query<{
    name: string;
    parent: string;
    columns: string[];
    parent_columns: string[];
    simple: boolean;
  }>(
    `SELECT c.conname::text AS name, c.confrelid::regclass::text AS parent, ${columnsOf('c.conrelid', 'c.conkey')} AS columns,
       ${columnsOf('c.confrelid', 'c.confkey')} AS parent_columns,
       (c.confmatchtype = 's' AND NOT c.condeferrable AND c.confrelid <> c.conrelid) AS simple
     FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = $1::regclass ORDER BY c.conname`,
    [table],
  );
  const referenced = await db.query<{ name: string }>(
    `SELECT DISTINCT a.attname::text AS name FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = ANY (c.confkey)
     WHERE c.contype = 'f' AND c.confrelid = $1::regclass`,
    [table],
  );
  // Triggers of our own, or internal ones that are not foreign keys (deferred unique checks), must run.
  const [others] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_trigger t LEFT JOIN pg_constraint c ON c.oid = t.tgconstraint
     WHERE t.tgrelid = $1::regclass AND (NOT t.tgisinternal OR c.contype IS DISTINCT FROM 'f')`,
    [table],
  );
  const foreignKeys = foreign.map((f) => ({
    name: f.name,
    parent: f.parent,
    columns: f.columns,
    parentColumns: f.parent_columns,
  }));
  const named = foreignKeys.every(
    (f) => RELATION.test(f.parent) && [...f.columns, ...f.parentColumns].every((c) => TABLE_NAME.test(c)),
  );
  return {
    foreignKeys,
    referenced: new Set(referenced.map((r) => r.name)),
    checkable: (others?.n ?? 1) === 0 && named && foreign.every((f) => f.simple),
  };
}

/**
 * A statement that writes rows (`write`: an INSERT ... RETURNING the keys' columns) and locks and counts
 * their parents. Its result row has the columns `select` makes from `written`, plus `missing_<i>`: how
 * many distinct keys of foreignKeys[i] name no row.
 */
export function checkedStatement(write: string, select: string, foreignKeys: readonly ForeignKey[]): string {
  const parents = foreignKeys.map((fk, i) => {
    const refs = fk.parentColumns.map((c) => `p.${c}`).join(', ');
    const keys = fk.columns.map((c) => `w.${c}`).join(', ');
    return `parents_${i} AS (SELECT 1 FROM ${fk.parent} p WHERE (${refs}) IN (SELECT ${keys} FROM written w) FOR KEY SHARE OF p)`;
  });
  const missing = foreignKeys.map((fk, i) => {
    const keys = fk.columns.map((c) => `w.${c}`).join(', ');
    const present = fk.columns.map((c) => `w.${c} IS NOT NULL`).join(' AND ');
    return `((SELECT count(*) FROM (SELECT DISTINCT ${keys} FROM written w WHERE ${present}) k) - (SELECT count(*) FROM parents_${i}))::int AS missing_${i}`;
  });
  return `WITH written AS (${write})${parents.map((p) => `, ${p}`).join('')}
    SELECT ${[select, ...missing].join(', ')} FROM written`;
}

/** PostgreSQL's refusal for a row whose key names no row (SQLSTATE 23503), as the trigger gives it. */
export class ForeignKeyViolation extends Error {
  readonly code = '23503';
  readonly constraint: string;
  readonly table: string;
  readonly detail: string;
  constructor(table: string, fk: ForeignKey, rows: number) {
    super(`insert or update on table "${table}" violates foreign key constraint "${fk.name}"`);
    this.table = table;
    this.constraint = fk.name;
    this.detail = `${rows} key${rows === 1 ? '' : 's'} (${fk.columns.join(', ')}) not present in table "${fk.parent}".`;
  }
}

/**
 * Runs `work` in a savepoint with triggers off when the session may switch them (`checked` true), else
 * with them on (`checked` false); undoes everything `work` did when it throws. The setting goes back
 * to what it was, so a caller that had switched triggers off itself keeps them off. Outside a
 * transaction, `work` runs in one of its own (a savepoint and a local setting need one).
 */
export function withKeyTriggersOff<T>(db: Db, work: (tx: Db, checked: boolean) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SAVEPOINT kestrel_keyed_write');
    let previous: string | undefined;
    try {
      const [row] = await tx.query<{ role: string }>(
        `SELECT current_setting('session_replication_role') AS role, set_config('session_replication_role', 'replica', true)`,
      );
      previous = row?.role;
    } catch {
      // Not permitted (not a superuser on a server): the triggers check each row as usual.
      await tx.query('ROLLBACK TO SAVEPOINT kestrel_keyed_write');
    }
    try {
      const result = await work(tx, previous !== undefined);
      if (previous !== undefined) await tx.query(`SELECT set_config('session_replication_role', $1, true)`, [previous]);
      await tx.query('RELEASE SAVEPOINT kestrel_keyed_write');
      return result;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT kestrel_keyed_write').catch(() => undefined);
      await tx.query('RELEASE SAVEPOINT kestrel_keyed_write').catch(() => undefined);
      throw error;
    }
  });
}
