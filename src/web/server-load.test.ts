// The server under load, on the store as `kestrel serve` opens it: the heaviest request the API allows
// leaves /healthz and small requests answering; a full queue answers 503 with Retry-After; a request
// past its time limit is stopped with a 504 and the store serves the next one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { serverTestBackends } from '../store/testing.ts';
import { synthesizeCouncil } from '../synth/index.ts';
import { createApp } from './app.ts';
import { startServer, type RunningServer } from './serve.ts';
import { addUser } from '../access/users.ts';
import { listCouncils } from '../records/council-summary.ts';
import { signInAs } from './testing.ts';

const AT = '2025-03-31';
/** The whole catalogue, every team, 24 month-ends: the most the API accepts in one request. */
const HEAVIEST = `/api/indicators?at=${AT}&series=24&level=team`;
const SMALL = `/api/indicators?at=${AT}&id=cin-at-date`;

for (const backend of serverTestBackends()) {
  describe(`the server under load on ${backend.name}`, () => {
    let store: Store;
    /** An analyst's session: every API request needs one. */
    let headers: Record<string, string>;
    before(async () => {
      store = await backend.open({ maxWaiting: 4 });
      await synthesizeCouncil(store, { population: 1000, years: 2, seed: 3, to: AT });
      const [council] = await listCouncils(store);
      const user = { laCode: council!.laCode, username: 'analyst', displayName: 'Analyst' } as const;
      await addUser(store, { ...user, role: 'performance_analyst' }, null, 'test');
      headers = { cookie: (await signInAs(store, 'analyst')).cookie };
    });
    after(() => store.close());

    test('/healthz and a small request answer while the heaviest request runs', async () => {
      const server: RunningServer = await startServer(store, 0);
      try {
        let heavyDone = false;
        const heavy = fetch(`${server.url}${HEAVIEST}`, { headers }).then(async (response) => {
          heavyDone = true;
          return { status: response.status, body: (await response.json()) as unknown[] };
        });
        const health = await fetch(`${server.url}/healthz`);
        assert.equal(heavyDone, false, '/healthz answered before the heavy request finished');
        assert.equal(health.status, 200);
        assert.equal(((await health.json()) as { status: string }).status, 'ok');
        const small = await fetch(`${server.url}${SMALL}`, { headers });
        assert.equal(heavyDone, false, 'the small request answered before the heavy request finished');
        assert.equal(small.status, 200);
        assert.equal(((await small.json()) as unknown[]).length, 1);
        const done = await heavy;
        assert.equal(done.status, 200);
        assert.ok(done.body.length > 75 * 24, 'every indicator at every month-end for every team');
      } finally {
        await server.close();
      }
    });

    test('a burst beyond the queue bound is answered 503 with Retry-After; the rest are answered', async () => {
      const app = createApp({ db: store });
      // Every request reaches the store's queue before any statement can answer (answers arrive on a later turn).
      const responses = await Promise.all(Array.from({ length: 16 }, () => app.request(SMALL, { headers })));
      const busy = responses.filter((r) => r.status === 503);
      assert.ok(busy.length > 0, 'some requests were refused');
      for (const refused of busy) {
        assert.equal(refused.headers.get('retry-after'), '5');
        assert.match(((await refused.json()) as { error: { message: string } }).error.message, /busy/);
      }
      assert.ok(responses.every((r) => r.status === 200 || r.status === 503));
      assert.ok(responses.some((r) => r.status === 200));
    });

    test('a request past its time limit is stopped with 504, and the next request is answered', async () => {
      const hurried = createApp({ db: store, limits: { requestTimeoutMs: 1 } });
      const stopped = await hurried.request(HEAVIEST, { headers });
      assert.equal(stopped.status, 504);
      const { error } = (await stopped.json()) as { error: { message: string } };
      assert.match(error.message, /took longer than the server allows/);
      const next = await createApp({ db: store }).request(SMALL, { headers });
      assert.equal(next.status, 200);
    });

    test('requests beyond the limits are refused with 400 (413 for a body) naming the field, before the store is used', async () => {
      const app = createApp({ db: store });
      for (const [query, field] of [
        ['series=240', 'series'],
        ['level=worker', 'level'],
        [`x=${'y'.repeat(5000)}`, 'query'],
      ] as const) {
        const response = await app.request(`/api/indicators?at=${AT}&${query}`, { headers });
        assert.equal(response.status, 400, query);
        assert.equal(((await response.json()) as { error: { field: string } }).error.field, field);
      }
      const large = await app.request('/api/indicators', {
        method: 'POST',
        body: 'x'.repeat(2 * 1024 * 1024),
        headers: { 'content-length': String(2 * 1024 * 1024) },
      });
      assert.equal(large.status, 413);
      assert.equal(((await large.json()) as { error: { field: string } }).error.field, 'body');
    });
  });
}
