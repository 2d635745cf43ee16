/**
 * Embedded test stores that outlive their test. Starting PGlite from the migrated dump costs over a
 * second of CPU (PostgreSQL booting in WebAssembly), and database tests open a store per test; emptying
 * one takes a few milliseconds. So a closed test store is emptied and kept for the next test in the same
 * process, which gets it exactly as a new one: migrated, no records, identities restarted, session reset.
 * A store is kept only if its test left the schema and the migrations' own rows (the code lists) as it
 * found them, checked by transaction ids: any catalogue or code-list row written since the store was
 * handed out, or a count that differs, and the store is closed instead. Tests only.
 */
import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import type { Store } from './db.ts';
import { embeddedStore } from './open.ts';
import { valueParsers } from './types.ts';

/** What a store looked like when handed out: transaction id then, and the counts a test must not change. */
interface Baseline {
  sinceXid: string;
  counts: string;
}

interface Idle {
  pglite: PGlite;
  prefilled: string[];
  emptied: string[];
}

const idle: Idle[] = [];

/** Catalogues that any DDL writes to (create, alter, drop, comment aside). */
const CATALOGUES = ['pg_class', 'pg_attribute', 'pg_attrdef', 'pg_constraint', 'pg_index', 'pg_trigger', 'pg_proc', 'pg_type', 'pg_namespace'];

/** An empty migrated embedded store: a kept one if there is one, else a new one from the dump. */
export async function openReusablePglite(dump: () => Promise<Blob>): Promise<Store> {
  const reused = idle.pop();
  const { pglite, prefilled, emptied } = reused ?? (await startFromDump(await dump()));
  const baseline = await baselineOf(pglite, prefilled);
  const store = embeddedStore(pglite, 'PGlite in memory');
  let closed = false;
  return {
    ...store,
    async close() {
      if (closed) return;
      closed = true;
      if (await emptyIfUnchanged(pglite, prefilled, emptied, baseline)) idle.push({ pglite, prefilled, emptied });
      else await pglite.close();
    },
  };
}

let compiled: Promise<Pick<ConstructorParameters<typeof PGlite>[0] & object, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>> | undefined;

/** PGlite's WebAssembly compiled once per process, and its file bundle read once. */
function compiledPglite() {
  compiled ??= (async () => {
    const dist = new URL('.', import.meta.resolve('@electric-sql/pglite'));
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
      WebAssembly.compile(readFileSync(new URL('pglite.wasm', dist))),
      WebAssembly.compile(readFileSync(new URL('initdb.wasm', dist))),
    ]);
    return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([readFileSync(new URL('pglite.data', dist))]) };
  })();
  return compiled;
}

async function startFromDump(dump: Blob): Promise<Idle> {
  const pglite = await PGlite.create({ loadDataDir: dump, parsers: valueParsers, ...(await compiledPglite()) });
  const tables = await pglite.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
  );
  const prefilled: string[] = [];
  for (const { name } of tables.rows) {
    const [row] = (await pglite.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS any`)).rows;
    if (row?.any) prefilled.push(name);
  }
  const emptied = tables.rows.map((t) => t.name).filter((name) => !prefilled.includes(name));
  return { pglite, prefilled, emptied };
}

async function baselineOf(pglite: PGlite, prefilled: string[]): Promise<Baseline> {
  const [row] = (await pglite.query<{ xid: string; counts: string }>(`SELECT txid_current()::text AS xid, ${countsSql(prefilled)} AS counts`)).rows;
  return { sinceXid: row!.xid, counts: row!.counts };
}

/** The row counts of the catalogues and of the tables the migrations fill, as one text. */
function countsSql(prefilled: string[]): string {
  return `concat_ws(',', ${[...CATALOGUES, ...prefilled.map(quote)].map((table) => `(SELECT count(*) FROM ${table})`).join(', ')})`;
}

/**
 * Empties the store for the next test and says whether it may be kept: false when the test changed the
 * schema or the code lists (rows written since the baseline's transaction id, or counts that differ).
 */
async function emptyIfUnchanged(pglite: PGlite, prefilled: string[], emptied: string[], baseline: Baseline): Promise<boolean> {
  try {
    const writtenSince = (table: string) => `EXISTS (SELECT 1 FROM ${table} WHERE xmin::text::bigint >= ${Number(baseline.sinceXid)})`;
    const [row] = (await pglite.query<{ changed: boolean; counts: string }>(
      `SELECT ${[...CATALOGUES, ...prefilled.map(quote)].map(writtenSince).join(' OR ')} AS changed, ${countsSql(prefilled)} AS counts`,
    )).rows;
    if (!row || row.changed || row.counts !== baseline.counts) return false;
    // Replica mode: the audit log refuses TRUNCATE to everyone else (its append-only trigger).
    await pglite.exec(`BEGIN; SET LOCAL session_replication_role = replica;
      TRUNCATE ${emptied.map(quote).join(', ')} RESTART IDENTITY CASCADE; COMMIT`);
    await pglite.exec('DISCARD ALL');
    // CASCADE would also empty a code list that referred to a record table: then the store is not as new.
    const [after] = (await pglite.query<{ counts: string }>(`SELECT ${countsSql(prefilled)} AS counts`)).rows;
    return after?.counts === baseline.counts;
  } catch {
    return false;
  }
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
