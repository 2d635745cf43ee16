// `kestrel serve` as a user runs it: it takes the embedded store's lock, answers, and on SIGTERM stops
// cleanly (exit code 0) and releases the lock.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../store/open.ts';
import { migratedDump, testServerSchema } from '../../store/testing.ts';
import { LOCK_FILE, readHolder } from '../../store/lock.ts';
import { startKestrel } from '../../store/child-process.testing.ts';
import { buildCouncil } from '../../records/factories.ts';

const SERVING = /Kestrel is serving .* at (http:\/\/\S+)/;

async function serveThenStop(storeArgs: string[], lockFile?: string): Promise<void> {
  const running = await startKestrel(['serve', '--port', '0', ...storeArgs], { until: SERVING });
  const url = SERVING.exec(running.stderr())![1]!;
  const health = await fetch(`${url}/healthz`);
  assert.equal(health.status, 200);
  assert.equal(((await health.json()) as { status: string }).status, 'ok');
  if (lockFile) assert.equal(readHolder(lockFile)?.pid, running.child.pid, 'the server holds the store');
  running.child.kill('SIGTERM');
  assert.equal(await running.exited, 0, running.stderr());
  if (lockFile) assert.equal(existsSync(lockFile), false, 'the lock is released');
}

/** Serves, starts a request whose transaction never commits (test hook), then stops it with SIGTERM. */
async function stopWhileHoldingTransaction(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, LOCK_FILE);
  const running = await startKestrel(['serve', '--port', '0', '--data-dir', dataDir], {
    until: SERVING,
    env: { KESTREL_TEST_PAUSE_BEFORE_COMMIT: '1' },
  });
  const url = SERVING.exec(running.stderr())![1]!;
  // A failed sign-in counts against the address in a transaction: the one the hook holds open.
  const form = await fetch(`${url}/sign-in`);
  const cookie = form.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const held = fetch(`${url}/sign-in`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, username: 'nobody', password: 'not the password' }).toString(),
  }).then(
    (r) => r.status,
    () => 'connection closed',
  );
  await running.printed('in-transaction');
  running.child.kill('SIGTERM');
  assert.equal(await running.exited, 0, running.stderr());
  assert.match(running.stderr(), /stopped before every request finished; their unfinished work was rolled back/);
  assert.equal(existsSync(lockFile), false, 'the lock is released');
  assert.equal(await held, 'connection closed');
}

describe('kestrel serve stops on SIGTERM', () => {
  test('on pglite, holding a transaction that never ends: exit code 0, the lock released, the store opens', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kestrel-serve-held-'));
    try {
      const dataDir = join(work, 'store');
      const setup = await openStore({ dataDir, loadDump: await migratedDump() });
      await buildCouncil(setup);
      await setup.close();
      await stopWhileHoldingTransaction(dataDir);
      const after = await openStore({ dataDir });
      assert.deepEqual(await after.query('SELECT count(*)::int AS n FROM council'), [{ n: 1 }]);
      await after.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('on pglite: exit code 0 and the lock released', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kestrel-serve-'));
    try {
      const dataDir = join(work, 'store');
      await (await openStore({ dataDir, loadDump: await migratedDump() })).close();
      await serveThenStop(['--data-dir', dataDir], join(dataDir, LOCK_FILE));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    test('on postgres: exit code 0', async () => {
      const server = testServerSchema(url);
      try {
        await (await openStore({ databaseUrl: url, schema: server.schema })).close();
        await serveThenStop(['--database-url', server.url]);
      } finally {
        await server.remove();
      }
    });
  }
});
