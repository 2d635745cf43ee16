import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../store/testing.ts';
import { buildAllocation, buildChild, buildCouncil, buildTeam, buildWorker } from '../records/factories.ts';
import { addSampleUsers } from './demo-users.ts';
import { verifyPassword } from './passwords.ts';
import { visibleChildIds } from './scope.ts';
import { actorOf, getUser } from './users.ts';

for (const backend of testBackends()) {
  describe(`sample users of the demo on ${backend.name}`, () => {
    test('one per role, each scoped role seeing children today; a second run makes none', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db, { la_code: '990' });
        for (const id of ['TA', 'TB']) await buildTeam(db, { la_code: '990', id });
        await buildWorker(db, { la_code: '990', id: 'WA', team_id: 'TA' });
        await buildWorker(db, { la_code: '990', id: 'WB', team_id: 'TB' });
        // WB is the busiest worker now: two current children against WA's one (and one ended).
        for (const [child_id, worker_id, end_date] of [
          ['C1', 'WA', null],
          ['C2', 'WB', null],
          ['C3', 'WB', null],
          ['C4', 'WA', '2026-01-31'],
        ] as const) {
          await buildChild(db, { la_code: '990', id: child_id });
          await buildAllocation(db, { la_code: '990', child_id, worker_id, start_date: '2026-01-01', end_date });
        }
        const made = await addSampleUsers(db, '990', '2026-06-30', 'test');
        assert.deepEqual(
          made.map((u) => [u.username, u.scope]),
          [
            ['demo-social-worker', 'worker WB'],
            ['demo-team-manager', 'team TB'],
            ['demo-head-of-service', 'service demo'],
            ['demo-performance-analyst', 'the council'],
            ['demo-quality-assurance', 'the council'],
            ['demo-councillor', 'no child records'],
            ['demo-administrator', 'no child records'],
          ],
        );
        const seen: Record<string, string[]> = {};
        for (const sample of made) {
          const user = await getUser(db, sample.username);
          assert.equal(user.role, sample.role);
          assert.ok(await verifyPassword(user.password_hash!, sample.password), sample.username);
          seen[sample.username] = await visibleChildIds(db, actorOf(user), 'read', { on: '2026-06-30' });
        }
        assert.deepEqual(seen, {
          'demo-social-worker': ['C2', 'C3'],
          'demo-team-manager': ['C2', 'C3'],
          'demo-head-of-service': ['C2', 'C3'],
          'demo-performance-analyst': ['C1', 'C2', 'C3', 'C4'],
          'demo-quality-assurance': ['C1', 'C2', 'C3', 'C4'],
          'demo-councillor': [],
          'demo-administrator': [],
        });
        assert.deepEqual(await addSampleUsers(db, '990', '2026-06-30', 'test'), []);
      } finally {
        await db.close();
      }
    });
  });
}
