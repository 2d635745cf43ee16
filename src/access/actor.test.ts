import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db, Store } from '../store/db.ts';
import { serverTestBackends, testBackends } from '../store/testing.ts';
import { buildReferral } from '../records/factories.ts';
import { buildAccessCouncil, ON_DATE, type AccessUserName } from './fixtures/access-council.ts';
import type { Actor } from './policy.ts';
import { READER_ROLE, withActor } from './actor.ts';
import { readChildRecord } from './child-records.ts';

/** Fails the transaction on purpose, so a probe leaves nothing behind. */
class Probe extends Error {}

async function asReaderWithoutScope(db: Db, statement: string): Promise<unknown[]> {
  let rows: unknown[] = [];
  await db
    .transaction(async (tx) => {
      await tx.query(`SET LOCAL ROLE ${READER_ROLE}`);
      rows = await tx.query(statement);
      throw new Probe();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Probe)) throw error;
    });
  return rows;
}

async function refusedAsReader(db: Db, statement: string): Promise<string> {
  try {
    await db.transaction(async (tx) => {
      await tx.query(`SET LOCAL ROLE ${READER_ROLE}`);
      await tx.query(statement);
    });
  } catch (error) {
    return (error as Error).message;
  }
  return 'allowed';
}

for (const backend of testBackends()) {
  describe(`row-level security for reads on behalf of a user on ${backend.name}`, () => {
    let db: Store;
    let actors: Record<AccessUserName | 'neighbour', Actor>;
    before(async () => {
      db = await backend.open();
      actors = await buildAccessCouncil(db);
      for (const child_id of ['CA1', 'CB', 'CRES']) await buildReferral(db, { la_code: '990', child_id });
      await buildReferral(db, { la_code: '991', child_id: 'CX' });
    });
    after(() => db.close());

    test('a query that forgets to filter still returns only the children in scope, from every table', async () => {
      const seen = await withActor(db, actors.tm, 'read', { on: ON_DATE }, async (tx, scope) => ({
        scope: scope.visible,
        children: (await tx.query<{ id: string }>('SELECT id FROM child ORDER BY id')).map((r) => r.id),
        referrals: (await tx.query<{ child_id: string }>('SELECT child_id FROM referral ORDER BY child_id')).map(
          (r) => r.child_id,
        ),
        allocations: (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM allocation'))[0]?.n,
      }));
      assert.deepEqual(seen, {
        scope: ['CA1', 'CA2', 'COLD', 'CRES'],
        children: ['CA1', 'CA2', 'COLD', 'CRES'],
        referrals: ['CA1', 'CRES'],
        allocations: 4,
      });
      const hos = await withActor(db, actors.hos, 'read', { on: ON_DATE }, (tx) =>
        tx.query<{ child_id: string }>('SELECT child_id FROM referral ORDER BY child_id'),
      );
      assert.deepEqual(
        hos.map((r) => r.child_id),
        ['CA1', 'CB'],
        'the restricted child is hidden from a head of service who is not named on it',
      );
    });

    test('the reader sees nothing of another council, even council-wide', async () => {
      const ids = await withActor(db, actors.analyst, 'read', { on: ON_DATE }, (tx) =>
        tx.query<{ child_id: string }>("SELECT child_id FROM referral WHERE la_code = '991'"),
      );
      assert.deepEqual(ids, []);
    });

    test('without a scope set (withActor forgotten) the reader role sees no child at all', async () => {
      assert.deepEqual(await asReaderWithoutScope(db, 'SELECT id FROM child'), []);
      assert.deepEqual(await asReaderWithoutScope(db, 'SELECT child_id FROM referral'), []);
    });

    test('the reader is neither superuser nor owner, and after withActor the connection is the owner again', async () => {
      const [who] = await withActor(db, actors.tm, 'read', { on: ON_DATE }, (tx) =>
        tx.query<{ user: string; superuser: boolean; bypass: boolean }>(
          'SELECT current_user AS user, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user',
        ),
      );
      assert.deepEqual(who, { user: READER_ROLE, superuser: false, bypass: false });
      const [after] = await db.query<{ user: string; n: number }>(
        'SELECT current_user AS user, (SELECT count(*)::int FROM child) AS n',
      );
      assert.notEqual(after?.user, READER_ROLE);
      assert.equal(after?.n, 9, 'the owner (the indicator engine) still counts every child');
    });

    test('the reader may add audit rows but not read, change or delete them, nor write child data, nor read other tables', async () => {
      await withActor(db, actors.tm, 'read', { on: ON_DATE }, (tx) =>
        tx.query(
          "INSERT INTO audit_log (la_code, actor, action, entity, child_id) VALUES ('990', 'probe', 'view', 'child', 'CA1')",
        ),
      );
      const [written] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE actor = 'probe'");
      assert.equal(written?.n, 1);
      for (const statement of [
        'SELECT * FROM audit_log',
        "UPDATE audit_log SET actor = 'x'",
        'DELETE FROM audit_log',
        'UPDATE audit_chain_head SET last_seq = 0',
        "UPDATE child SET sex = '2'",
        "INSERT INTO referral (la_code, id, child_id) VALUES ('990', 'RX', 'CA1')",
        'SELECT * FROM adopter',
        'SELECT * FROM app_user',
        'SELECT * FROM child_restriction',
      ])
        assert.match(await refusedAsReader(db, statement), /permission denied/, statement);
    });

    test('readChildRecord returns the record in scope, audited as a view; a child out of scope reads as absent', async () => {
      const record = await readChildRecord(db, actors.sw, 'CA1', { on: ON_DATE, via: 'test' });
      assert.equal(record?.child.id, 'CA1');
      assert.deepEqual(Object.keys(record?.tables ?? {}), ['allocation', 'referral']);
      assert.equal(await readChildRecord(db, actors.sw, 'CB', { on: ON_DATE, via: 'test' }), undefined);
      assert.equal(await readChildRecord(db, actors.hos, 'CRES', { on: ON_DATE, via: 'test' }), undefined);
      assert.equal(await readChildRecord(db, actors.analyst, 'CX', { on: ON_DATE, via: 'test' }), undefined);
      assert.equal(await readChildRecord(db, actors.councillor, 'CA1', { on: ON_DATE, via: 'test' }), undefined);
      const rows = await db.query<{ actor: string; action: string; child_id: string; reason: string | null }>(
        "SELECT actor, action, child_id, detail->>'reason' AS reason FROM audit_log WHERE detail->>'via' = 'test' AND entity = 'child' ORDER BY chain_seq",
      );
      assert.deepEqual(
        rows.map((r) => [r.actor, r.action, r.child_id, r.reason]),
        [
          [actors.sw.userId, 'view', 'CA1', null],
          [actors.sw.userId, 'denied', 'CB', 'not_found'],
          [actors.hos.userId, 'denied', 'CRES', 'not_found'],
          [actors.analyst.userId, 'denied', 'CX', 'not_found'],
          [actors.councillor.userId, 'denied', 'CA1', 'no_grant'],
        ],
      );
    });
  });
}

for (const backend of testBackends()) {
  test(`withActor hands a caller's transaction back as the owner even when its work throws [${backend.name}]`, async () => {
    const db = await backend.open();
    try {
      const actors = await buildAccessCouncil(db);
      const seen = await db.transaction(async (tx) => {
        await withActor(tx, actors.sw, 'read', { on: ON_DATE }, async () => {
          throw new Probe();
        }).catch((error: unknown) => {
          if (!(error instanceof Probe)) throw error;
        });
        return tx.query<{ user: string; n: number }>(
          'SELECT current_user AS user, (SELECT count(*)::int FROM child) AS n',
        );
      });
      assert.notEqual(seen[0]?.user, READER_ROLE);
      assert.equal(seen[0]?.n, 9);
    } finally {
      await db.close();
    }
  });
}

for (const backend of serverTestBackends()) {
  test(`row-level security holds on the store as the server opens it [${backend.name}]`, async () => {
    const db = await backend.open();
    try {
      const actors = await buildAccessCouncil(db);
      const request = db.forRequest(10_000);
      const ids = await withActor(request, actors.tm, 'read', { on: ON_DATE }, (tx) =>
        tx.query<{ id: string }>('SELECT id FROM child ORDER BY id'),
      );
      assert.deepEqual(
        ids.map((r) => r.id),
        ['CA1', 'CA2', 'COLD', 'CRES'],
      );
      const [owner] = await request.query<{ n: number }>('SELECT count(*)::int AS n FROM child');
      assert.equal(owner?.n, 9);
    } finally {
      await db.close();
    }
  });
}
