/**
 * Test stores that outlive their test. A new embedded store costs over a second of CPU (PostgreSQL
 * booting in WebAssembly) and a new server schema about as long (every migration, then a DROP), and
 * database tests open one per test on each backend; emptying one takes a few milliseconds. So a closed
 * test store is emptied and kept for the next test in the same process, which gets it exactly as a new
 * one: migrated, no records, identities restarted, session reset. A store is kept only if its test left
 * the schema and the migrations' own rows (the code lists) as it found them, checked by transaction ids
 * (no catalogue or code-list row of its schema written since it was handed out) and by row counts;
 * otherwise it is closed (and its schema dropped). Tests only.
 */
import type { Db, Store } from './db.ts';

/** What a store looked like when handed out: the transaction id then, and counts a test must not change. */
export interface Baseline {
  sinceXid: number;
  counts: string;
}

/** The tables of a migrated store, split into those the migrations fill and those that start empty. */
export interface StoreTables {
  prefilled: string[];
  emptied: string[];
}

/** Catalogue rows that any DDL in the store's schema writes (create, alter, drop). */
const SCHEMA_OBJECTS = `
  (SELECT oid AS ns FROM pg_namespace WHERE nspname = current_schema()) s,
  LATERAL (
    SELECT c.xmin FROM pg_class c WHERE c.relnamespace = s.ns
    UNION ALL SELECT a.xmin FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = s.ns
    UNION ALL SELECT d.xmin FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid WHERE c.relnamespace = s.ns
    UNION ALL SELECT i.xmin FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = s.ns
    UNION ALL SELECT t.xmin FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = s.ns
    UNION ALL SELECT k.xmin FROM pg_constraint k WHERE k.connamespace = s.ns
    UNION ALL SELECT p.xmin FROM pg_proc p WHERE p.pronamespace = s.ns
    UNION ALL SELECT y.xmin FROM pg_type y WHERE y.typnamespace = s.ns
  ) o`;

/** The store's tables, read once when it is first made. */
export async function storeTables(db: Db): Promise<StoreTables> {
  const tables = await db.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname`,
  );
  const prefilled: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS any`);
    if (row?.any) prefilled.push(name);
  }
  return { prefilled, emptied: tables.map((t) => t.name).filter((name) => !prefilled.includes(name)) };
}

/**
 * The store as a test gets it: closing it (once; later calls do nothing) empties it and passes `settle`
 * whether it may be kept. Closing the store itself is left to `settle`.
 */
export async function handOut(
  store: Store,
  tables: StoreTables,
  settle: (kept: boolean) => Promise<void>,
): Promise<Store> {
  const baseline = await baselineOf(store, tables);
  let closed = false;
  return {
    ...store,
    async close() {
      if (closed) return;
      closed = true;
      await settle(await emptyIfUnchanged(store, tables, baseline));
    },
  };
}

async function baselineOf(db: Db, tables: StoreTables): Promise<Baseline> {
  const [row] = await db.query<{ xid: string; counts: string }>(
    `SELECT ${currentXid()} AS xid, ${countsSql(tables.prefilled)} AS counts`,
  );
  return { sinceXid: Number(row!.xid), counts: row!.counts };
}

/**
 * Empties the store for the next test and says whether it may be kept: false when the test changed the
 * schema or the code lists (rows written since the baseline's transaction, or counts that differ).
 */
async function emptyIfUnchanged(db: Db, tables: StoreTables, baseline: Baseline): Promise<boolean> {
  try {
    const written = (table: string) =>
      `EXISTS (SELECT 1 FROM ${table} WHERE xmin::text::bigint >= ${baseline.sinceXid})`;
    const [row] = await db.query<{ changed: boolean; counts: string }>(
      `SELECT EXISTS (SELECT 1 FROM ${SCHEMA_OBJECTS} WHERE o.xmin::text::bigint >= ${baseline.sinceXid})
              ${tables.prefilled.map((t) => ` OR ${written(quote(t))}`).join('')} AS changed,
              ${countsSql(tables.prefilled)} AS counts`,
    );
    if (!row || row.changed || row.counts !== baseline.counts) return false;
    // DELETE from the tables the test wrote to, not TRUNCATE of all: a test fills a few of some eighty
    // tables, and TRUNCATE makes (and on a server syncs) new files for every table and index. Replica
    // mode: no key checks, and the audit log's append-only trigger stands aside.
    const [holding] = await db.query<{ names: string[] }>(
      `SELECT array_remove(ARRAY[${tables.emptied.map((t) => `CASE WHEN EXISTS (SELECT 1 FROM ${quote(t)}) THEN '${t}' END`).join(', ')}]::text[], NULL) AS names`,
    );
    await db.transaction(async (tx) => {
      await tx.exec('SET LOCAL session_replication_role = replica');
      for (const table of holding?.names ?? []) await tx.exec(`DELETE FROM ${quote(table)}`);
      await tx.query(
        `SELECT setval(c.oid, s.seqstart, false) FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid
          WHERE c.relnamespace = current_schema()::regnamespace`,
      );
    });
    await db.exec('DISCARD ALL');
    return true;
  } catch {
    return false;
  }
}

/** This transaction's id, as the 32-bit value row xmins hold (a test never spans a wraparound). */
function currentXid(): string {
  return `(txid_current() % 4294967296)::text`;
}

/** The row counts of the schema's objects and of the tables the migrations fill, as one text. */
function countsSql(prefilled: string[]): string {
  const counts = [
    `(SELECT count(*) FROM ${SCHEMA_OBJECTS})`,
    ...prefilled.map((table) => `(SELECT count(*) FROM ${quote(table)})`),
  ];
  return `concat_ws(',', ${counts.join(', ')})`;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
