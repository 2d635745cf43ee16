/**
 * Test stores: every database test runs on the embedded store and, when TEST_DATABASE_URL is set, again
 * on that PostgreSQL server. Each store starts migrated and empty. The embedded one starts from a
 * migrated dump cached in the temp directory (PGlite takes seconds to create and migrate from scratch);
 * the server one gets its own schema, so test files can run side by side. A closed test store is
 * emptied and handed to the next test of the same process (reusable-test-store.ts); the server schemas
 * left are dropped when the process ends.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Store } from './db.ts';
import { dropServerSchema, embeddedStore, openStore } from './open.ts';
import { valueParsers } from './types.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';
import { migrate, schemaFingerprint } from './migrate.ts';
import { handOut, storeTables, type StoreTables } from './reusable-test-store.ts';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  open(): Promise<Store>;
}

export interface ServerTestBackend {
  name: 'pglite in a worker' | 'postgres';
  /** A migrated, empty store as the server opens it; `maxWaiting` bounds its queue of requests. */
  open(options?: { maxWaiting?: number }): Promise<Store>;
}

/** The backends to run database tests on. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'pglite', open: openTestPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: 'postgres', open: () => openTestServer(url) });
  return backends;
}

/** The backends as `kestrel serve` opens them: the embedded store in its worker thread, and PostgreSQL. */
export function serverTestBackends(): ServerTestBackend[] {
  const backends: ServerTestBackend[] = [{ name: 'pglite in a worker', open: openTestPgliteWorker }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: 'postgres', open: (options = {}) => openFreshTestServer(url, options.maxWaiting) });
  return backends;
}

/** In a data directory of its own, as a served store is: a thread replaced after a time limit reopens it. */
async function openTestPgliteWorker(options: { maxWaiting?: number } = {}): Promise<Store> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'kestrel-test-server-')), 'store');
  const store = await openStore({ dataDir, loadDump: await migratedDump(), inWorker: true, ...options });
  return {
    ...store,
    async close() {
      await store.close();
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

/**
 * A schema of its own on the test server, for tests that run kestrel as a child process: `url` opens
 * it (the search_path rides in the URL), `remove` drops it.
 */
export function testServerSchema(serverUrl: string): { schema: string; url: string; remove(): Promise<void> } {
  const schema = newSchemaName();
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: url.toString(), remove: () => dropServerSchema(serverUrl, schema) };
}

function newSchemaName(): string {
  return `kestrel_test_${randomBytes(6).toString('hex')}`;
}

/** A schema of its own, never reused (a server test bounds its queue), dropped on close. */
async function openFreshTestServer(url: string, maxWaiting?: number): Promise<Store> {
  const schema = newSchemaName();
  const store = await openStore({ databaseUrl: url, schema, maxWaiting });
  await migrate(store);
  return {
    ...store,
    async close() {
      await store.close();
      await dropServerSchema(url, schema);
    },
  };
}

interface IdlePglite {
  pglite: PGlite;
  tables: StoreTables;
}

const idlePglite: IdlePglite[] = [];
let closeIdle: NodeJS.Timeout | undefined;

/**
 * How long an emptied embedded store waits for the next test before it is closed. A file's tests open
 * their stores one after another, within milliseconds; an open PGlite keeps timers of PostgreSQL's own
 * pending, which would keep the process from ending after its last test.
 */
const IDLE_PGLITE_MS = 1000;

async function openTestPglite(): Promise<Store> {
  clearTimeout(closeIdle);
  const { pglite, tables } = idlePglite.pop() ?? (await startPglite());
  return handOut(embeddedStore(pglite, 'PGlite in memory'), tables, async (kept) => {
    if (!kept) return pglite.close();
    idlePglite.push({ pglite, tables });
    clearTimeout(closeIdle);
    closeIdle = setTimeout(
      () => void Promise.all(idlePglite.splice(0).map((idle) => idle.pglite.close())),
      IDLE_PGLITE_MS,
    );
  });
}

async function startPglite(): Promise<IdlePglite> {
  const pglite = await PGlite.create({
    loadDataDir: await migratedDump(),
    parsers: valueParsers,
    extensions: PGLITE_EXTENSIONS,
    ...(await compiledPglite()),
  });
  return { pglite, tables: await storeTables(embeddedStore(pglite, 'PGlite in memory')) };
}

type CompiledPglite = Required<
  Pick<NonNullable<ConstructorParameters<typeof PGlite>[0]>, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>
>;

let compiled: Promise<CompiledPglite> | undefined;

/** PGlite's WebAssembly compiled once per process (V8 would compile it again for every store), its files read once. */
function compiledPglite(): Promise<CompiledPglite> {
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

interface IdleSchema {
  schema: string;
  tables: StoreTables;
}

const idleSchemas: IdleSchema[] = [];

async function openTestServer(url: string): Promise<Store> {
  const idle = idleSchemas.pop();
  const schema = idle?.schema ?? newSchemaName();
  const store = await openStore({ databaseUrl: url, schema });
  if (!idle) await migrate(store);
  const tables = idle?.tables ?? (await storeTables(store));
  dropIdleSchemasAtExit(url);
  return handOut(store, tables, async (kept) => {
    await store.close();
    if (kept) idleSchemas.push({ schema, tables });
    else await dropServerSchema(url, schema);
  });
}

let dropping = false;

/** Drops the schemas kept for reuse once the process has nothing else to do (node:test ends so). */
function dropIdleSchemasAtExit(url: string): void {
  if (dropping) return;
  dropping = true;
  process.once('beforeExit', () => {
    void Promise.all(idleSchemas.splice(0).map(({ schema }) => dropServerSchema(url, schema).catch(() => undefined)));
  });
}

let dumpPromise: Promise<Blob> | undefined;

/** The migrated, empty embedded store as a dump: `openStore({ dataDir, loadDump })` starts a directory from it. */
export function migratedDump(): Promise<Blob> {
  dumpPromise ??= loadOrMakeDump();
  return dumpPromise;
}

async function loadOrMakeDump(): Promise<Blob> {
  const file = join(tmpdir(), `kestrel-test-${schemaFingerprint()}.tar.gz`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const pglite = await PGlite.create({ parsers: valueParsers, extensions: PGLITE_EXTENSIONS });
  await migrate(embeddedStore(pglite, 'PGlite in memory'));
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file); // atomic: parallel test files never read a half-written dump
  return new Blob([bytes]);
}
