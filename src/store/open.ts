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
import { StoreError, type Db, type Store } from './db.ts';
import { valueParsers } from './types.ts';

export interface StoreOptions {
  /** PostgreSQL server URL; when absent the embedded store is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded store (default ./.kestrel). Ignored with a URL. */
  dataDir?: string | undefined;
  /** Start the embedded store in memory from this dump instead of a directory (tests). */
  loadDump?: Blob | undefined;
  /** Use this PostgreSQL schema on the server, creating it if needed (tests isolate themselves so). */
  schema?: string | undefined;
}

export const DEFAULT_DATA_DIR = './.kestrel';

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  return options.databaseUrl ? openServer(options.databaseUrl, options.schema) : openEmbedded(options);
}

async function openEmbedded(options: StoreOptions): Promise<Store> {
  const dataDir = options.loadDump ? undefined : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  let pglite: PGlite;
  try {
    if (dataDir && !existsSync(join(dataDir, 'PG_VERSION'))) await createDataDir(dataDir);
    pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDump ? { loadDataDir: options.loadDump } : {}),
      parsers: valueParsers,
      relaxedDurability: false,
    });
  } catch (error) {
    throw new StoreError(`Cannot open the embedded store at ${dataDir ?? 'memory'}: ${messageOf(error)}`);
  }
  return embeddedStore(pglite, dataDir ? `PGlite at ${dataDir}` : 'PGlite in memory');
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

/** Wraps an open PGlite instance as a Store (also used by the test harness to build its dump). */
export function embeddedStore(pglite: PGlite, description: string): Store {
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
      return pglite.transaction((tx) => work(wrap(tx)));
    },
  });
  return {
    ...wrap(pglite),
    description,
    async close() {
      await pglite.close();
    },
  };
}

async function openServer(databaseUrl: string, schema?: string): Promise<Store> {
  const types = { getTypeParser: (oid: number, format?: string) => valueParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text') };
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
  const pool = new pg.Pool({ ...base, max: 8, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`Cannot reach PostgreSQL at ${where}: ${messageOf(error)}`);
  }
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
    description: `PostgreSQL at ${where}${schema ? ` (schema ${schema})` : ''}`,
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, params as unknown[])).rows as T[];
    },
    async exec(script: string) {
      await pool.query(script);
    },
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
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
