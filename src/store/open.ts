/**
 * The one place that chooses where data lives: an embedded PGlite store in a data directory (the
 * default), or a PostgreSQL server when a connection URL is given. Everything else sees a `Store`.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { StoreError, StoreTimeoutError, type Db, type Store } from './db.ts';
import { valueParsers } from './types.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';
import {
  lockDataDir,
  makePrivate,
  makePrivateAndMark,
  takePrivateMark,
  withPrivateUmask,
  type StoreLock,
} from './lock.ts';
import { openWorkerStore } from './worker-store.ts';
import { WorkQueue } from './work-queue.ts';
import { pauseBeforeCommitForTests } from './test-hooks.ts';

export interface StoreOptions {
  /** PostgreSQL server URL; when absent the embedded store is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded store (default ./.kestrel). Ignored with a URL. */
  dataDir?: string | undefined;
  /** Start the embedded store from this dump (tests): in memory, or in `dataDir` when it is new. */
  loadDump?: Blob | undefined;
  /** Use this PostgreSQL schema on the server, creating it if needed (tests isolate themselves so). */
  schema?: string | undefined;
  /**
   * Run the embedded store in a worker thread (the server): long statements then leave this thread
   * free, and a request's statement can be stopped at its time limit. Commands run it in this thread,
   * which opens faster. Ignored with a URL.
   */
  inWorker?: boolean | undefined;
  /** Server requests that may wait for the store before more are refused (StoreBusyError). */
  maxWaiting?: number | undefined;
}

export const DEFAULT_DATA_DIR = './.kestrel';

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  return options.databaseUrl
    ? openServer(options.databaseUrl, options.schema, options.maxWaiting)
    : openEmbedded(options);
}

async function openEmbedded(options: StoreOptions): Promise<Store> {
  if (options.loadDump && options.dataDir === undefined) {
    if (options.inWorker) {
      const dump = new Uint8Array(await options.loadDump.arrayBuffer());
      return openWorkerStore({ dump, description: 'PGlite in memory', maxWaiting: options.maxWaiting });
    }
    return embeddedStore(await openPglite({ loadDataDir: options.loadDump }, 'memory'), 'PGlite in memory');
  }
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataDir(dataDir);
  const description = `PGlite at ${dataDir}`;
  try {
    const leftPrivate = takePrivateMark(dataDir);
    // The umask keeps files PGlite creates now private; makePrivate fixes those of a run that never
    // closed (killed), when the last close did not leave the tree private.
    return await withPrivateUmask(async () => {
      const fromDump = existsSync(join(dataDir, 'PG_VERSION')) ? undefined : options.loadDump;
      if (!fromDump && !existsSync(join(dataDir, 'PG_VERSION')))
        await createDataDir(dataDir).catch((error: unknown) => {
          throw new StoreError(`Cannot open the embedded store at ${dataDir}: ${messageOf(error)}`);
        });
      const onClosed = () => closeDataDir(dataDir, lock);
      const store = options.inWorker
        ? await openWorkerStore({
            dataDir,
            ...(fromDump ? { dump: new Uint8Array(await fromDump.arrayBuffer()) } : {}),
            description,
            maxWaiting: options.maxWaiting,
            onClosed,
          })
        : embeddedStore(
            await openPglite({ dataDir, ...(fromDump ? { loadDataDir: fromDump } : {}) }, dataDir),
            description,
            onClosed,
          );
      if (!leftPrivate) makePrivate(dataDir); // the files of a run that was killed, or of a new store
      return store;
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** After the store is closed: files PGlite wrote since opening are made private, then the lock goes. */
function closeDataDir(dataDir: string, lock: StoreLock): void {
  try {
    makePrivateAndMark(dataDir);
  } finally {
    lock.release();
  }
}

async function openPglite(source: { dataDir?: string; loadDataDir?: Blob }, where: string): Promise<PGlite> {
  try {
    return await PGlite.create({
      ...source,
      parsers: valueParsers,
      relaxedDurability: false,
      extensions: PGLITE_EXTENSIONS,
    });
  } catch (error) {
    throw new StoreError(`Cannot open the embedded store at ${where}: ${messageOf(error)}`);
  }
}

/**
 * Makes a new data directory in a child process. PGlite creates a store with two more WebAssembly
 * instances (a temporary PostgreSQL and initdb) whose memory, some 400 MB, this process would keep for
 * good: a first `kestrel import` of a large census would then peak above 1 GB. Opened afterwards, the
 * store costs what an existing one does.
 */
async function createDataDir(dataDir: string): Promise<void> {
  const script = fileURLToPath(new URL('./create-embedded.mjs', import.meta.url));
  try {
    await promisify(execFile)(process.execPath, [script, dataDir], { maxBuffer: 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(stderr || messageOf(error));
  }
}

/**
 * Wraps a PGlite instance open in this thread as a Store (also used by the test harness to build its
 * dump). Its statements cannot be interrupted, so `forRequest` applies no limit.
 */
export function embeddedStore(pglite: PGlite, description: string, onClosed?: () => void): Store {
  const wrap = (conn: PGlite | Transaction): Db => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await conn.query<T>(text, params as unknown[]);
      return result.rows;
    },
    async exec(script: string) {
      await conn.exec(script);
    },
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      // Nested calls join the transaction already open.
      if (conn !== pglite) return work(wrap(conn));
      return pglite.transaction(async (tx) => {
        const result = await work(wrap(tx));
        await pauseBeforeCommitForTests();
        return result;
      });
    },
  });
  const db = wrap(pglite);
  return {
    ...db,
    description,
    forRequest: () => db,
    health: () => ({ state: pglite.closed ? 'closed' : 'ready', running: 0, waiting: 0 }),
    async close() {
      try {
        await pglite.close();
      } finally {
        onClosed?.();
      }
    },
  };
}

async function openServer(databaseUrl: string, schema?: string, maxWaiting?: number): Promise<Store> {
  const types = {
    getTypeParser: (oid: number, format?: string) => valueParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text'),
  };
  const base = { connectionString: databaseUrl, types, connectionTimeoutMillis: 5000 } as pg.PoolConfig;
  const where = describeUrl(databaseUrl);
  if (schema) {
    const admin = new pg.Client(base);
    try {
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } catch (error) {
      throw new StoreError(`Cannot reach PostgreSQL at ${where}: ${messageOf(error)}`);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }
  const poolConfig: pg.PoolConfig = { ...base, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
  const pool = new pg.Pool({ ...poolConfig, max: 8 });
  let closed = false;
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`Cannot reach PostgreSQL at ${where}: ${messageOf(error)}`);
  }
  const pools = new Map<number, pg.Pool>();
  const queue = new WorkQueue(REQUEST_CONNECTIONS, maxWaiting);
  /** One pool per time limit, its connections set to cancel any statement past the limit. */
  const requestPool = (timeoutMs: number) => {
    let found = pools.get(timeoutMs);
    if (!found) {
      found = new pg.Pool({
        ...poolConfig,
        max: REQUEST_CONNECTIONS,
        statement_timeout: Math.max(1, Math.ceil(timeoutMs)),
      });
      found.on('error', () => undefined);
      pools.set(timeoutMs, found);
    }
    return found;
  };
  return {
    ...serverDb(pool),
    description: `PostgreSQL at ${where}${schema ? ` (schema ${schema})` : ''}`,
    forRequest: (timeoutMs) => serverDb(requestPool(timeoutMs), { queue, deadline: Date.now() + timeoutMs }),
    health: () => ({ state: closed ? 'closed' : 'ready', running: queue.running, waiting: queue.waiting }),
    async close() {
      closed = true;
      await Promise.all([pool.end(), ...[...pools.values()].map((p) => p.end())]);
    },
  };
}

/** Connections a server's requests use at once; more wait in the store's queue. */
const REQUEST_CONNECTIONS = 6;

interface RequestBounds {
  queue: WorkQueue;
  deadline: number;
}

/** The Db of a pool; with `bounds`, each statement or transaction takes a place in the bounded queue. */
function serverDb(pool: pg.Pool, bounds?: RequestBounds): Db {
  const slot = async <T>(work: () => Promise<T>): Promise<T> => {
    if (!bounds) return work();
    const release = await bounds.queue.acquire(true, bounds.deadline);
    try {
      return await work();
    } catch (error) {
      // 57014 query_canceled: the connection's statement_timeout stopped it.
      if ((error as { code?: string }).code === '57014')
        throw new StoreTimeoutError('the request took longer than the server allows and was stopped');
      throw error;
    } finally {
      release();
    }
  };
  const onClient = (client: pg.PoolClient): Db => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await client.query(text, params as unknown[])).rows as T[];
    },
    async exec(script: string) {
      await client.query(script);
    },
    transaction: (work) => work(onClient(client)),
  });
  return {
    query: <T>(text: string, params: readonly unknown[] = []) =>
      slot(async () => (await pool.query(text, params as unknown[])).rows as T[]),
    exec: (script: string) => slot(async () => void (await pool.query(script))),
    transaction: <T>(work: (tx: Db) => Promise<T>) =>
      slot(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(onClient(client));
          await pauseBeforeCommitForTests();
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
  };
}

/** Drops a schema made with the `schema` option (test clean-up). */
export async function dropServerSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`; // never echo the password
  } catch {
    throw new StoreError('The database URL is not a valid URL (expected postgres://user@host:port/database).');
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new StoreError(`Invalid schema name: ${name}`);
  return `"${name}"`;
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
