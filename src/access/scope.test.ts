import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildAccessCouncil, ON_DATE, type AccessUserName } from './fixtures/access-council.ts';
import type { Actor } from './policy.ts';
import { authorize, decideChild, openChild, visibleChildIds } from './scope.ts';
import { disableUser } from './users.ts';

const ALL_990 = ['CA1', 'CA2', 'CB', 'CC', 'CNONE', 'COLD', 'COLDER'];

/** What each role may read on ON_DATE: hand-worked from the fixture's allocations and restriction. */
const READABLE: Record<AccessUserName, string[]> = {
  sw: ['CA1', 'COLD'],
  tm: ['CA1', 'CA2', 'COLD', 'CRES'],
  hos: ['CA1', 'CA2', 'CB', 'COLD'],
  analyst: ALL_990,
  qa: ALL_990,
  councillor: [],
  admin: [],
  admintm: ['CA1', 'CA2', 'COLD'],
};

for (const backend of testBackends()) {
  describe(`child scope in the data layer on ${backend.name}`, () => {
    let db: Store;
    let actors: Record<AccessUserName | 'neighbour', Actor>;
    before(async () => {
      db = await backend.open();
      actors = await buildAccessCouncil(db);
    });
    after(() => db.close());

    for (const [name, expected] of Object.entries(READABLE) as Array<[AccessUserName, string[]]>) {
      test(`${name} reads exactly their scope`, async () => {
        assert.deepEqual(await visibleChildIds(db, actors[name], 'read', { on: ON_DATE }), expected);
      });
    }

    test('another council sees none of these children, and ours none of theirs', async () => {
      assert.deepEqual(await visibleChildIds(db, actors.neighbour, 'read', { on: ON_DATE }), ['CX']);
      assert.equal((await decideChild(db, actors.analyst, 'read', 'CX', { on: ON_DATE })).allowed, false);
      // An actor claiming the other council's code with a user id from this one still sees nothing.
      assert.deepEqual(await visibleChildIds(db, { ...actors.analyst, laCode: '991' }, 'read', { on: ON_DATE }), []);
    });

    test('read-only roles may not change, a social worker may not export', async () => {
      assert.deepEqual(await visibleChildIds(db, actors.qa, 'change', { on: ON_DATE }), []);
      assert.deepEqual(await visibleChildIds(db, actors.analyst, 'change', { on: ON_DATE }), []);
      assert.deepEqual(await visibleChildIds(db, actors.sw, 'export', { on: ON_DATE }), []);
      assert.deepEqual(await visibleChildIds(db, actors.sw, 'change', { on: ON_DATE }), ['CA1', 'COLD']);
    });

    test('the recent-allocation window is configurable and judged at the date asked', async () => {
      assert.deepEqual(await visibleChildIds(db, actors.sw, 'read', { on: ON_DATE, recentDays: 30 }), ['CA1']);
      assert.deepEqual(await visibleChildIds(db, actors.sw, 'read', { on: ON_DATE, recentDays: 150 }), [
        'CA1',
        'COLD',
        'COLDER',
      ]);
      assert.deepEqual(await visibleChildIds(db, actors.sw, 'read', { on: '2025-12-31' }), ['COLD', 'COLDER']);
    });

    test('a restricted child is refused as absent to an unnamed user, and the refusal is audited', async () => {
      const decision = await openChild(db, actors.hos, 'read', 'CRES', { on: ON_DATE, via: 'test' });
      assert.deepEqual(decision, { allowed: false, reason: 'not_found' });
      const allowed = await openChild(db, actors.tm, 'read', 'CRES', { on: ON_DATE, via: 'test' });
      assert.equal(allowed.allowed, true);
      const rows = await db.query<{ actor: string; action: string; child_id: string; detail: { reason?: string } }>(
        "SELECT actor, action, child_id, detail FROM audit_log WHERE child_id = 'CRES' ORDER BY chain_seq",
      );
      assert.deepEqual(
        rows.map((r) => [r.actor, r.action, r.child_id, r.detail.reason]),
        [
          [actors.hos.userId, 'denied', 'CRES', 'not_found'],
          [actors.tm.userId, 'view', 'CRES', undefined],
        ],
      );
      // Still a child of the council: aggregates count it.
      const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM child WHERE la_code = '990'");
      assert.equal(count?.n, 8);
    });

    test('lifting the restriction opens the record to the usual scope again', async () => {
      await db.query("UPDATE child_restriction SET lifted_at = now() WHERE child_id = 'CRES'");
      try {
        assert.deepEqual(await visibleChildIds(db, actors.sw, 'read', { on: ON_DATE }), ['CA1', 'COLD', 'CRES']);
      } finally {
        await db.query("UPDATE child_restriction SET lifted_at = NULL WHERE child_id = 'CRES'");
      }
    });

    test('a refusal outside child records is audited too; an allowed request writes nothing of its own', async () => {
      const refused = await authorize(
        db,
        actors.councillor,
        'manage-users',
        { target: 'users', laCode: '990' },
        { via: 'test' },
      );
      assert.deepEqual(refused, { allowed: false, reason: 'no_grant' });
      assert.equal(
        (await authorize(db, actors.admin, 'manage-users', { target: 'users', laCode: '990' }, { via: 'test' }))
          .allowed,
        true,
      );
      const rows = await db.query<{ actor: string; detail: { action: string; reason: string } }>(
        "SELECT actor, detail FROM audit_log WHERE entity = 'users'",
      );
      assert.deepEqual(rows, [
        { actor: actors.councillor.userId, detail: { action: 'manage-users', via: 'test', reason: 'no_grant' } },
      ]);
    });

    test('a disabled user sees nothing, even with an actor object made before', async () => {
      await disableUser(db, 'qa', 'test');
      assert.deepEqual(await visibleChildIds(db, actors.qa, 'read', { on: ON_DATE }), []);
    });
  });
}
