import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { loadHomeFixture } from '../home.fixture.ts';

for (const backend of testBackends()) {
  describe(`GET /api/indicators on ${backend.name}`, () => {
    test('answers figures in the CLI JSON shape, and 400 or 403 for bad requests', async () => {
      const db = await backend.open();
      try {
        await loadHomeFixture(db);
        const app = createApp({ db });
        const ok = await app.request('/api/indicators?at=2025-03-31&id=cin-at-date&id=cpp-at-date');
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
          const response = await app.request(`/api/indicators?${bad}`);
          assert.equal(response.status, 400, bad);
          assert.match(((await response.json()) as { error: string }).error, /\w/);
        }
        assert.equal((await app.request('/api/indicators?at=2025-03-31&explain=true')).status, 403);
      } finally {
        await db.close();
      }
    });
  });
}
