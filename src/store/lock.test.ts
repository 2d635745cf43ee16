// One process per embedded store, and a data directory private to its owner whatever the umask.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE, lockDataDir, PRIVATE_MARK, readHolder } from './lock.ts';
import { openStore } from './open.ts';
import { StoreError } from './db.ts';

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>([[dir, statSync(dir).mode & 0o777]]);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory() || entry.isFile()) found.set(path, statSync(path).mode & 0o777);
  }
  return found;
}

function assertPrivate(dir: string): void {
  for (const [path, mode] of modes(dir)) {
    const expected = statSync(path).isDirectory() ? 0o700 : 0o600;
    assert.equal(mode.toString(8), expected.toString(8), path);
  }
}

test('a lock held by a live process is refused in one line naming it; a stale one is taken over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-lock-'));
  try {
    const path = join(dir, LOCK_FILE);
    writeFileSync(
      path,
      JSON.stringify({ pid: process.ppid, command: 'kestrel serve', started: '2026-12-04T09:00:00.000Z' }),
    );
    assert.throws(
      () => lockDataDir(dir),
      (error: Error) => {
        assert.ok(error instanceof StoreError);
        assert.equal(
          error.message,
          `the store at ${dir} is in use by pid ${process.ppid} (kestrel serve, since 2026-12-04T09:00:00.000Z); stop it or use --data-dir`,
        );
        return true;
      },
    );

    writeFileSync(
      path,
      JSON.stringify({ pid: deadPid(), command: 'kestrel import', started: '2026-12-04T08:00:00.000Z' }),
    );
    const lock = lockDataDir(dir);
    assert.equal(readHolder(path)?.pid, process.pid);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.throws(() => lockDataDir(dir), /is in use by pid \d+/, 'this process holds it now');
    lock.release();
    assert.equal(existsSync(path), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the embedded store locks its directory while open and keeps it 0700 with files 0600 under umask 000', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kestrel-private-')), 'store');
  const umask = process.umask(0);
  try {
    const store = await openStore({ dataDir: dir });
    try {
      assert.equal(readHolder(join(dir, LOCK_FILE))?.pid, process.pid);
      await assert.rejects(openStore({ dataDir: dir }), /is in use by pid \d+ .*; stop it or use --data-dir/);
      assertPrivate(dir);
      await store.exec(
        'CREATE TABLE written_after_open (id int); INSERT INTO written_after_open SELECT generate_series(1, 1000); CHECKPOINT',
      );
    } finally {
      await store.close();
    }
    assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'the lock goes with the store');
    assertPrivate(dir);
    const reopened = await openStore({ dataDir: dir, inWorker: true });
    assert.deepEqual(await reopened.query('SELECT count(*)::int AS n FROM written_after_open'), [{ n: 1000 }]);
    await reopened.close();
    assert.equal(existsSync(join(dir, LOCK_FILE)), false);
    assertPrivate(dir);
  } finally {
    process.umask(umask);
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
});

test('a store its last process never closed (no privacy mark) is made private again at the next open', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kestrel-private-')), 'store');
  try {
    await (await openStore({ dataDir: dir })).close();
    assert.equal(existsSync(join(dir, PRIVATE_MARK)), true, 'a clean close leaves the tree marked private');
    // What a process killed mid-run leaves: files written under a lax umask, and no mark (the open took it).
    const exposed = join(dir, 'PG_VERSION');
    chmodSync(exposed, 0o666);
    rmSync(join(dir, PRIVATE_MARK));
    const store = await openStore({ dataDir: dir });
    try {
      assert.equal(existsSync(join(dir, PRIVATE_MARK)), false, 'no mark while open: a kill now leaves none');
      assert.equal(statSync(exposed).mode & 0o777, 0o600);
    } finally {
      await store.close();
    }
    assertPrivate(dir);
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
});
