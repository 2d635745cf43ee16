import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { loadHomeFixture } from '../home.fixture.ts';
import { addUser } from '../../access/users.ts';
import { signInAs } from '../testing.ts';

for (const backend of testBackends()) {
  describe(`GET /api/indicators on ${backend.name}`, () => {
    test('answers figures in the CLI JSON shape to a signed-in analyst, 400 naming the field for bad requests', async () => {
      const db = await backend.open();
      try {
        await loadHomeFixture(db);
        await addUser(
          db,
          { laCode: '990', username: 'analyst', displayName: 'A', role: 'performance_analyst' },
          null,
          't',
        );
        const headers = { cookie: (await signInAs(db, 'analyst')).cookie };
        const app = createApp({ db, oidc: undefined });
        const ok = await app.request('/api/indicators?at=2025-03-31&id=cin-at-date&id=cpp-at-date', { headers });
        assert.equal(ok.status, 200);
        const body = (await ok.json()) as Array<Record<string, unknown>>;
        assert.deepEqual(
          body.map((r) => [r.id, r.value]),
          [
            ['cin-at-date', 3],
            ['cpp-at-date', 1],
          ],
        ); // see home.fixture.ts
        assert.deepEqual(Object.keys(body[0]!).slice(0, 10), [
          'id',
          'title',
          'unit',
          'polarity',
          'at',
          'period',
          'level',
          'value',
          'numerator',
          'denominator',
        ]);
        assert.ok(!('rows' in body[0]!), 'no child-level rows over the API');

        for (const bad of [
          'at=2025-02-30',
          'at=2025-03-31&id=no-such-indicator',
          'at=2025-03-31&period=2025-03-01..2025-01-01',
          'at=2025-03-31&level=team:NOPE',
          'at=2025-03-31&series=x',
          '',
        ]) {
          const response = await app.request(`/api/indicators?${bad}`, { headers });
          assert.equal(response.status, 400, bad);
          const { error } = (await response.json()) as { error: { code: string; message: string; field: string } };
          assert.equal(error.code, 'bad_request');
          assert.match(error.message, /\w/);
          assert.match(error.field, /^(at|id|period|level|series|query|param)$/, bad);
        }
        // The children behind a figure have their own route, which decides and audits each one.
        const explain = await app.request('/api/indicators?at=2025-03-31&explain=true', { headers });
        assert.equal(explain.status, 400);
        assert.equal(((await explain.json()) as { error: { field: string } }).error.field, 'explain');
        assert.equal((await app.request('/api/indicators?at=2025-03-31')).status, 401, 'no session');
      } finally {
        await db.close();
      }
    });
  });
}
