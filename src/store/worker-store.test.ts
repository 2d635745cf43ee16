// The store as the server opens it: statements in a worker thread (embedded) or a pool (PostgreSQL),
// a bounded queue for requests, and a time limit that stops a request's statement.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serverTestBackends } from './testing.ts';
import { StoreBusyError, StoreTimeoutError } from './db.ts';

/** A read that runs for minutes on either store: only a time limit ends it. */
const ENDLESS_READ = 'SELECT count(*) AS n FROM generate_series(1, 10000000000) AS s';

for (const backend of serverTestBackends()) {
  describe(`the server's store on ${backend.name}`, () => {
    test('runs statements and transactions: commit, rollback, nested calls joining, driver error fields', async () => {
      const store = await backend.open();
      try {
        await store.exec('CREATE TABLE probe (id int PRIMARY KEY, label text)');
        await store.transaction(async (tx) => {
          await tx.query('INSERT INTO probe VALUES ($1, $2)', [1, 'kept']);
          await tx.transaction((inner) => inner.query('INSERT INTO probe VALUES ($1, $2)', [2, 'joined']));
        });
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.query('INSERT INTO probe VALUES (3, $1)', ['rolled back']);
            throw new Error('refused');
          }),
          /refused/,
        );
        const failure = await store
          .query('INSERT INTO probe VALUES (1, $1)', ['duplicate'])
          .catch((error: unknown) => error);
        assert.equal((failure as { code?: string }).code, '23505');
        assert.equal((failure as { constraint?: string }).constraint, 'probe_pkey');
        assert.deepEqual(await store.query('SELECT id, label FROM probe ORDER BY id'), [
          { id: 1, label: 'kept' },
          { id: 2, label: 'joined' },
        ]);
      } finally {
        await store.close();
      }
    });

    test('a request past its time limit is stopped, and the store serves the next one', async () => {
      const store = await backend.open();
      try {
        await assert.rejects(store.forRequest(300).query(ENDLESS_READ), StoreTimeoutError);
        await assert.rejects(
          store.forRequest(300).transaction((tx) => tx.query(ENDLESS_READ)),
          StoreTimeoutError,
        );
        assert.deepEqual(await store.forRequest(60_000).query('SELECT 1 AS one'), [{ one: 1 }]);
        assert.equal(store.health().state, 'ready');
      } finally {
        await store.close();
      }
    });

    test('requests beyond the queue bound are refused as busy; work already queued completes', async () => {
      const store = await backend.open({ maxWaiting: 1 });
      try {
        // Every statement is queued before any answer can arrive (answers come on a later turn of the event loop).
        const outcomes = await Promise.allSettled(
          Array.from({ length: 12 }, () => store.forRequest(60_000).query('SELECT 1 AS one')),
        );
        const busy = outcomes.filter((o) => o.status === 'rejected');
        assert.ok(busy.length > 0, 'some requests were refused');
        for (const refused of busy) assert.ok((refused as PromiseRejectedResult).reason instanceof StoreBusyError);
        for (const done of outcomes.filter((o) => o.status === 'fulfilled')) assert.deepEqual(done.value, [{ one: 1 }]);
        // The command line's work is never refused, whatever the queue holds.
        const unbounded = await Promise.all(Array.from({ length: 12 }, () => store.query('SELECT 2 AS two')));
        assert.equal(unbounded.length, 12);
      } finally {
        await store.close();
      }
    });
  });
}
