// kill -9 in the middle of a synth load and of an import leaves the store as it was, on both stores:
// the child process is stopped with all its rows written and the commit not yet made (a test hook,
// KESTREL_TEST_PAUSE_BEFORE_COMMIT), then the store is reopened and counted. On the embedded store the
// killed process's lock is found stale and taken over.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from './db.ts';
import { openStore } from './open.ts';
import { migrate } from './migrate.ts';
import { migratedDump, testBackends, testServerSchema } from './testing.ts';
import { LOCK_FILE, readHolder } from './lock.ts';
import { startKestrel } from './child-process.testing.ts';
import { buildCouncil } from '../records/factories.ts';
import { buildReturnsCouncil, rowCounts } from '../returns/store/test-council.ts';
import { export903 } from '../returns/store/export-903.ts';
import { write903Csv } from '../returns/io/write-903-csv.ts';

/** A store a child process can open too: a data directory, or a schema named in the URL it is given. */
interface SharedStore {
  name: string;
  open(): Promise<Store>;
  /** The kestrel options naming this store. */
  args: string[];
  /** The embedded store's lock file. */
  lockFile?: string;
  remove(): Promise<void>;
}

function sharedStores(work: string): SharedStore[] {
  const dataDir = join(work, 'store');
  const stores: SharedStore[] = [
    {
      name: 'pglite',
      open: async () => openStore({ dataDir, loadDump: await migratedDump() }),
      args: ['--data-dir', dataDir],
      lockFile: join(dataDir, LOCK_FILE),
      remove: async () => undefined,
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const server = testServerSchema(url);
    stores.push({
      name: 'postgres',
      open: async () => {
        const store = await openStore({ databaseUrl: url, schema: server.schema });
        await migrate(store);
        return store;
      },
      args: ['--database-url', server.url],
      remove: server.remove,
    });
  }
  return stores;
}

async function countsOf(shared: SharedStore): Promise<Record<string, number>> {
  const store = await shared.open();
  try {
    return await rowCounts(store);
  } finally {
    await store.close();
  }
}

/** Starts kestrel with `args`, kills it -9 once its transaction has done its work, and checks what it left. */
async function killMidTransaction(shared: SharedStore, args: string[]): Promise<void> {
  const before = await countsOf(shared);
  const running = await startKestrel([...args, ...shared.args], {
    until: 'in-transaction',
    env: { KESTREL_TEST_PAUSE_BEFORE_COMMIT: '1' },
  });
  running.child.kill('SIGKILL');
  assert.equal(await running.exited, null, 'killed by the signal');
  if (shared.lockFile)
    assert.equal(readHolder(shared.lockFile)?.pid, running.child.pid, 'the killed process left its lock');
  assert.deepEqual(await countsOf(shared), before, 'nothing of the killed transaction is in the store');
  if (shared.lockFile) assert.equal(existsSync(shared.lockFile), false, 'the stale lock was taken over, then released');
}

for (const backend of testBackends()) {
  describe(`kill -9 mid-transaction on ${backend.name}`, () => {
    test('during a synth load', async () => {
      const work = mkdtempSync(join(tmpdir(), 'kestrel-kill-synth-'));
      const shared = sharedStores(work).find((s) => s.name === backend.name)!;
      try {
        await killMidTransaction(shared, ['synth', '--population', '1000', '--years', '1', '--to', '2025-03-31']);
      } finally {
        await shared.remove();
        rmSync(work, { recursive: true, force: true });
      }
    });

    test('during an import', async () => {
      const work = mkdtempSync(join(tmpdir(), 'kestrel-kill-import-'));
      const shared = sharedStores(work).find((s) => s.name === backend.name)!;
      try {
        const source = await backend.open();
        try {
          await buildReturnsCouncil(source);
          await write903Csv(join(work, '903'), (await export903(source, '990', 2025)).current);
        } finally {
          await source.close();
        }
        const target = await shared.open();
        await buildCouncil(target, { la_code: '990' });
        await target.close();
        await killMidTransaction(shared, ['import', '903', join(work, '903'), '--year', '2025']);
      } finally {
        await shared.remove();
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
}
