import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { childrenOf, practiceApp } from './practice.fixture.ts';

type Drift = { level: unknown; items: Array<{ childId: string; clockId: string; status: string; citation: string }> };

for (const backend of testBackends()) {
  describe(`GET /api/practice/drift on ${backend.name}`, () => {
    test('each role at its level: the clocks of the children it may see, each child audited', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        const url = '/api/practice/drift?at=2026-06-30';

        // The analyst: the council, CA1's and CB's overdue referral decisions among the items.
        const analyst = await get('analyst', url);
        assert.equal(analyst.status, 200);
        const all = analyst.body as unknown as Drift;
        assert.equal(all.level, null);
        const listed = childrenOf(all.items);
        assert.ok(listed.includes('CA1') && listed.includes('CB'), listed.join());
        assert.ok(
          all.items.every((c) => c.citation.length > 0),
          'each clock cites its rule',
        );
        assert.deepEqual(
          analyst.audit,
          listed.sort().map((id) => `view clock-drift ${id}`),
        );

        // The social worker: their own worker record; CA1 only (CB is another team's).
        const sw = await get('sw', url);
        assert.equal(sw.status, 200);
        const own = sw.body as unknown as Drift;
        assert.deepEqual(own.level, { kind: 'worker', id: 'WA1' });
        assert.deepEqual(childrenOf(own.items), ['CA1']);
        assert.deepEqual(
          own.items.map((c) => [c.clockId, c.status]),
          [
            ['proceedings-26w', 'overdue'],
            ['referral-decision', 'overdue'],
            ['assessment', 'due soon'],
          ],
        );
        assert.deepEqual(sw.audit, ['view clock-drift CA1']);

        // The team manager: team TA by default; never CB.
        const tm = await get('tm', url);
        assert.equal(tm.status, 200);
        assert.deepEqual((tm.body as unknown as Drift).level, { kind: 'team', id: 'TA' });
        assert.ok(!childrenOf((tm.body as unknown as Drift).items).includes('CB'));

        // The head of service: the council's figures, the children of the service (CB's team TB is in S1).
        const hos = await get('hos', url);
        assert.equal(hos.status, 200);
        assert.ok(childrenOf((hos.body as unknown as Drift).items).includes('CB'));
      } finally {
        await db.close();
      }
    });

    test('outside the level or the policy: 403, audited as a refusal; no child listed', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        for (const [user, query] of [
          ['sw', 'level=team:TA'],
          ['sw', 'level=worker:WA2'],
          ['tm', 'level=team:TB'],
          ['tm', 'level=worker:WB1'],
          ['councillor', ''],
          ['admin', ''],
        ] as const) {
          const answer = await get(user, `/api/practice/drift?at=2026-06-30&${query}`);
          assert.equal(answer.status, 403, `${user} ${query}`);
          assert.equal(answer.body.error?.code, 'forbidden');
          assert.deepEqual(answer.audit, ['denied drift'], `${user} ${query}`);
        }
      } finally {
        await db.close();
      }
    });

    test('bad input: 400 naming the field, and nothing written', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        for (const [query, field] of [
          ['at=2026-02-30', 'at'],
          ['at=yesterday', 'at'],
          ['level=region:N', 'level'],
          ['clock=no-such-clock', 'clock'],
          ['level=team:NOSUCH', 'level'],
        ] as const) {
          const answer = await get('analyst', `/api/practice/drift?${query}`);
          assert.equal(answer.status, 400, query);
          assert.equal(answer.body.error?.field, field, query);
          assert.deepEqual(answer.audit, [], query);
        }
      } finally {
        await db.close();
      }
    });
  });
}
