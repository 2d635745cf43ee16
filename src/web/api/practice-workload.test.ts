import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { practiceApp } from './practice.fixture.ts';

interface Load {
  workerId: string;
  points: number;
}
interface Workload {
  level: unknown;
  ideal: number;
  workers: Load[];
  unallocated: Array<{ childId: string; waitingDays: number }> | null;
  move: { childId: string; from: { before: Load; after: Load } | null; to: { before: Load; after: Load } } | null;
}

for (const backend of testBackends()) {
  describe(`GET /api/practice/workload on ${backend.name}`, () => {
    test('each role at its level; unallocated children in scope audited; a what-if writes nothing', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        const analyst = await get('analyst', '/api/practice/workload?at=2026-06-30');
        assert.equal(analyst.status, 200);
        const council = analyst.body as unknown as Workload;
        assert.equal(council.ideal, 56);
        assert.deepEqual(council.workers.map((w) => w.workerId).sort(), ['WA1', 'WA2', 'WB1', 'WC1']);
        // COLD's social worker left on 1 May: waiting since 2 May, 59 days (pages.fixture.ts).
        assert.deepEqual(
          council.unallocated?.map((u) => [u.childId, u.waitingDays]),
          [['COLD', 59]],
        );
        assert.deepEqual(analyst.audit, ['view workload COLD']);

        const sw = await get('sw', '/api/practice/workload?at=2026-06-30');
        assert.equal(sw.status, 200);
        const own = sw.body as unknown as Workload;
        assert.deepEqual(own.level, { kind: 'worker', id: 'WA1' });
        assert.deepEqual(
          own.workers.map((w) => w.workerId),
          ['WA1'],
        );
        assert.equal(own.unallocated, null);
        assert.deepEqual(sw.audit, []);

        const allocations = async () =>
          (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM allocation'))[0]!.n;
        const before = await allocations();
        const tm = await get('tm', '/api/practice/workload?at=2026-06-30&move=CA1&to=WA2');
        assert.equal(tm.status, 200);
        const team = tm.body as unknown as Workload;
        assert.deepEqual(team.level, { kind: 'team', id: 'TA' });
        assert.deepEqual(team.workers.map((w) => w.workerId).sort(), ['WA1', 'WA2']);
        const move = team.move!;
        assert.equal(move.from?.before.workerId, 'WA1');
        assert.ok(move.from!.after.points < move.from!.before.points, 'WA1 loses the points');
        assert.equal(move.to.before.workerId, 'WA2');
        assert.ok(move.to.after.points > move.to.before.points, 'WA2 gains them');
        assert.deepEqual(tm.audit, ['view workload CA1']);
        assert.equal(await allocations(), before, 'a what-if changes no allocation');
      } finally {
        await db.close();
      }
    });

    test('outside the level or the policy: 403 audited; a child outside scope reads as absent', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        for (const [user, query] of [
          ['sw', 'level=team:TA'],
          ['sw', 'move=CA1&to=WA2'],
          ['tm', 'level=team:TB'],
          ['tm', 'move=CA1&to=WB1'],
          ['qa', ''],
          ['councillor', ''],
          ['admin', ''],
        ] as const) {
          const answer = await get(user, `/api/practice/workload?at=2026-06-30&${query}`);
          assert.equal(answer.status, 403, `${user} ${query}`);
          assert.deepEqual(answer.audit, ['denied workload'], `${user} ${query}`);
        }
        // CB is another team's child: the manager's what-if of it is "no child", and nothing is written.
        const cb = await get('tm', '/api/practice/workload?at=2026-06-30&move=CB&to=WA2');
        assert.equal(cb.status, 400);
        assert.equal(cb.body.error?.field, 'move');
        assert.ok(!JSON.stringify(cb.body).includes('Thornbury'));
        assert.deepEqual(cb.audit, []);
      } finally {
        await db.close();
      }
    });

    test('bad input: 400 naming the field, and nothing written', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        for (const [query, field] of [
          ['at=2026-13-01', 'at'],
          ['move=CA1', 'to'],
          ['level=team', 'level'],
          ['level=team:NOSUCH', 'level'],
          ['move=NOSUCH&to=WA2', 'move'],
          ['move=CA1&to=NOSUCH', 'to'],
        ] as const) {
          const answer = await get('analyst', `/api/practice/workload?${query}`);
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
