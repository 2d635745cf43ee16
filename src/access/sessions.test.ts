import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildCouncil, buildTeam } from '../records/factories.ts';
import { findSession, revokeSessions, signIn, signOut, tokenHash } from './sessions.ts';
import { actorForToken, createApiToken, revokeApiTokens } from './tokens.ts';
import { addUser, disableUser, resetPassword } from './users.ts';

const PASSWORD = 'a long enough passphrase';
const T0 = new Date('2026-06-30T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

for (const backend of testBackends()) {
  describe(`sign-in and sessions on ${backend.name}`, () => {
    let db: Store;
    before(async () => {
      db = await backend.open();
      await buildCouncil(db, { la_code: '990' });
      await buildTeam(db, { la_code: '990', id: 'TA' });
      for (const username of ['ann', 'bob', 'cat', 'dan']) {
        await addUser(
          db,
          { laCode: '990', username, displayName: username, role: 'team_manager', teamId: 'TA' },
          PASSWORD,
          'test',
        );
      }
      await addUser(
        db,
        {
          laCode: '990',
          username: 'feed',
          displayName: 'Returns feed',
          role: 'performance_analyst',
          serviceAccount: true,
        },
        null,
        'test',
      );
    });
    after(() => db.close());

    async function auditOf(actorLike: string): Promise<string[]> {
      const rows = await db.query<{ action: string; entity: string; detail: { reason?: string } | null }>(
        'SELECT a.action, a.entity, a.detail FROM audit_log a LEFT JOIN app_user u ON u.la_code = a.la_code AND u.id = a.actor WHERE u.username = $1 OR a.actor = $1 ORDER BY a.chain_seq',
        [actorLike],
      );
      return rows.map((r) => `${r.action}:${r.entity}${r.detail?.reason ? `:${r.detail.reason}` : ''}`);
    }

    test('a sign-in stores only the token hash, rotates a presented session, and is audited', async () => {
      const first = await signIn(db, { username: 'ann', password: PASSWORD, now: T0, address: '10.0.0.1' });
      assert.ok(first.ok);
      const stored = await db.query<{ id: string }>('SELECT id FROM user_session');
      assert.deepEqual(
        stored.map((r) => r.id),
        [tokenHash(first.token)],
      );
      const second = await signIn(db, {
        username: 'ANN',
        password: PASSWORD,
        previousToken: first.token,
        now: minutes(1),
      });
      assert.ok(second.ok);
      assert.notEqual(second.token, first.token);
      assert.equal(await findSession(db, first.token, minutes(2)), undefined);
      assert.equal((await findSession(db, second.token, minutes(2)))?.user.username, 'ann');
      assert.deepEqual(await auditOf('ann'), ['sign_in:user_session', 'sign_in:user_session']);
    });

    test('a session lapses after 30 minutes unused and 12 hours after sign-in however used', async () => {
      const idle = await signIn(db, { username: 'bob', password: PASSWORD, now: T0 });
      assert.ok(idle.ok);
      assert.ok(await findSession(db, idle.token, minutes(29)));
      assert.ok(await findSession(db, idle.token, minutes(58)), 'each use restarts the idle clock');
      assert.equal(await findSession(db, idle.token, minutes(89)), undefined);
      const busy = await signIn(db, { username: 'bob', password: PASSWORD, now: T0 });
      assert.ok(busy.ok);
      for (let at = 20; at < 720; at += 20)
        assert.ok(await findSession(db, busy.token, minutes(at)), `in use at ${at} minutes`);
      assert.equal(await findSession(db, busy.token, minutes(720)), undefined);
    });

    test('sign-out and revocation end sessions at once; disabling or a new password ends them all', async () => {
      const a = await signIn(db, { username: 'cat', password: PASSWORD, now: T0 });
      const b = await signIn(db, { username: 'cat', password: PASSWORD, now: T0 });
      assert.ok(a.ok && b.ok);
      await signOut(db, a.token, minutes(1));
      assert.equal(await findSession(db, a.token, minutes(2)), undefined);
      assert.ok(await findSession(db, b.token, minutes(2)));
      assert.equal(await revokeSessions(db, '990', b.user.id, 'admin', minutes(3)), 1);
      assert.equal(await findSession(db, b.token, minutes(4)), undefined);
      const c = await signIn(db, { username: 'cat', password: PASSWORD, now: minutes(5) });
      assert.ok(c.ok);
      await resetPassword(db, 'cat', 'another long passphrase', 'admin');
      assert.equal(await findSession(db, c.token, minutes(6)), undefined);
      await disableUser(db, 'cat', 'admin');
      assert.deepEqual(await signIn(db, { username: 'cat', password: 'another long passphrase', now: minutes(7) }), {
        ok: false,
        reason: 'invalid',
      });
      assert.deepEqual((await auditOf('cat')).slice(-1), ['denied:sign_in:account_cannot_sign_in']);
    });

    test('five failures within 15 minutes lock the account, even against the right password, until the lock ends', async () => {
      for (let i = 0; i < 4; i += 1) {
        assert.deepEqual(await signIn(db, { username: 'dan', password: `wrong password ${i}`, now: minutes(i) }), {
          ok: false,
          reason: 'invalid',
        });
      }
      assert.deepEqual(await signIn(db, { username: 'dan', password: 'wrong password 4', now: minutes(4) }), {
        ok: false,
        reason: 'locked',
      });
      assert.deepEqual(await signIn(db, { username: 'dan', password: PASSWORD, now: minutes(10) }), {
        ok: false,
        reason: 'locked',
      });
      assert.equal((await signIn(db, { username: 'dan', password: PASSWORD, now: minutes(20) })).ok, true);
      assert.deepEqual(await auditOf('dan'), [
        ...Array(5).fill('denied:sign_in:bad_password'),
        'denied:app_user:locked_out',
        'denied:sign_in:locked',
        'sign_in:user_session',
      ]);
    });

    test('failures spread beyond the window do not lock; an unknown name is refused like a wrong password and audited', async () => {
      for (const at of [0, 10, 20, 30, 40, 50])
        await signIn(db, { username: 'ann', password: 'wrong password', now: minutes(100 + at) });
      assert.equal((await signIn(db, { username: 'ann', password: PASSWORD, now: minutes(151) })).ok, true);
      assert.deepEqual(await signIn(db, { username: 'nobody', password: PASSWORD, now: T0 }), {
        ok: false,
        reason: 'invalid',
      });
      assert.deepEqual(await auditOf('unknown:nobody'), ['denied:sign_in:unknown_user']);
    });

    test('an API token is shown once, stored hashed, acts with its one role, and stops at expiry or revocation', async () => {
      const expiresAt = minutes(60 * 24 * 30);
      const token = await createApiToken(
        db,
        { username: 'feed', role: 'performance_analyst', label: 'returns feed', expiresAt, now: T0 },
        'admin',
      );
      const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM api_token');
      assert.deepEqual(
        stored.map((r) => r.token_hash),
        [tokenHash(token)],
      );
      const actor = await actorForToken(db, token, minutes(1));
      assert.deepEqual(actor && { roles: actor.roles, laCode: actor.laCode }, {
        roles: ['performance_analyst'],
        laCode: '990',
      });
      assert.equal(await actorForToken(db, token, expiresAt), undefined);
      assert.equal(await revokeApiTokens(db, 'feed', 'returns feed', 'admin', minutes(2)), 1);
      assert.equal(await actorForToken(db, token, minutes(3)), undefined);
      assert.equal(await actorForToken(db, 'kst_made-up', minutes(3)), undefined);
      const refusals = await db.query<{ reason: string }>(
        "SELECT detail->>'reason' AS reason FROM audit_log WHERE entity = 'api_token' AND action = 'denied' ORDER BY chain_seq",
      );
      assert.deepEqual(
        refusals.map((r) => r.reason),
        ['expired', 'revoked', 'unknown_token'],
      );
    });

    test('tokens are refused to people, to roles the account lacks, and without a bounded expiry', async () => {
      const request = {
        username: 'feed',
        role: 'performance_analyst',
        label: 'x',
        expiresAt: minutes(60),
        now: T0,
      } as const;
      await assert.rejects(createApiToken(db, { ...request, username: 'ann' }, 'admin'), /not a service account/);
      await assert.rejects(
        createApiToken(db, { ...request, role: 'administrator' }, 'admin'),
        /does not hold the role administrator/,
      );
      await assert.rejects(
        createApiToken(db, { ...request, expiresAt: minutes(60 * 24 * 400) }, 'admin'),
        /at most 366 days/,
      );
      await assert.rejects(createApiToken(db, { ...request, expiresAt: T0 }, 'admin'), /expire in the future/);
      assert.deepEqual(await signIn(db, { username: 'feed', password: PASSWORD, now: T0 }), {
        ok: false,
        reason: 'invalid',
      });
    });
  });
}
