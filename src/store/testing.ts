/**
 * Test stores: every database test runs on the embedded store and, when TEST_DATABASE_URL is set, again
 * on that PostgreSQL server. Each store starts migrated and empty. The embedded one starts from a
 * migrated dump cached in the temp directory (PGlite takes seconds to create and migrate from scratch)
 * and, once closed, is emptied and handed to the next test of the same file (see reusable-pglite.ts);
 * the server one gets its own schema, dropped on close, so test files can run side by side.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Store } from './db.ts';
import { dropServerSchema, embeddedStore, openStore } from './open.ts';
import { valueParsers } from './types.ts';
import { migrate, schemaFingerprint } from './migrate.ts';
import { openReusablePglite } from './reusable-pglite.ts';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  open(): Promise<Store>;
}

/** The backends to run database tests on. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'pglite', open: openTestPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: 'postgres', open: () => openTestServer(url) });
  return backends;
}

async function openTestPglite(): Promise<Store> {
  return openReusablePglite(migratedDump);
}

async function openTestServer(url: string): Promise<Store> {
  const schema = `kestrel_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: url, schema });
  await migrate(store);
  return {
    ...store,
    async close() {
      await store.close();
      await dropServerSchema(url, schema);
    },
  };
}

let dumpPromise: Promise<Blob> | undefined;

function migratedDump(): Promise<Blob> {
  dumpPromise ??= loadOrMakeDump();
  return dumpPromise;
}

async function loadOrMakeDump(): Promise<Blob> {
  const file = join(tmpdir(), `kestrel-test-${schemaFingerprint()}.tar.gz`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const pglite = await PGlite.create({ parsers: valueParsers });
  await migrate(embeddedStore(pglite, 'PGlite in memory'));
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file); // atomic: parallel test files never read a half-written dump
  return new Blob([bytes]);
}
