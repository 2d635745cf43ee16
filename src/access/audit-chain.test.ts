import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db, Store } from '../store/db.ts';
import { testBackends, type TestBackend } from '../store/testing.ts';
import { recordAudit, recordAudits } from './audit.ts';
import { searchAudit, verifyAuditChain } from './audit-chain.ts';

/** A store with five chained rows: views of C1..C3 by U1 and U2 on three days, an export, a sign-in. */
async function storeWithLog(backend: TestBackend): Promise<Store> {
  const db = await backend.open();
  await db.query("INSERT INTO council (la_code, name) VALUES ('990', 'Fixture')");
  await recordAudits(db, [
    { laCode: '990', actor: 'U1', action: 'view', entity: 'child', childId: 'C1', at: new Date('2026-06-01T10:00:00Z') },
    { laCode: '990', actor: 'U2', action: 'view', entity: 'child', childId: 'C2', at: new Date('2026-06-02T10:00:00Z') },
  ]);
  await recordAudit(db, { laCode: '990', actor: 'U1', action: 'view', entity: 'child', childId: 'C3', at: new Date('2026-06-03T10:00:00Z') });
  await recordAudit(db, { laCode: '990', actor: 'U1', action: 'export', entity: 'cin', detail: { year: 2026 }, at: new Date('2026-06-03T11:00:00Z') });
  await recordAudit(db, { laCode: '990', actor: 'U2', action: 'sign_in', entity: 'user_session', at: new Date('2026-06-04T08:00:00Z') });
  return db;
}

/** Tampering as a superuser would: with triggers (the append-only guard among them) switched off. */
async function tamper(db: Db, statement: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    await tx.query(statement);
  });
}

async function withLog(backend: TestBackend, work: (db: Store) => Promise<void>): Promise<void> {
  const db = await storeWithLog(backend);
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

/** Search filters by child, user, action and dates (a bare end date covers its whole day). */
async function checkSearch(db: Db): Promise<void> {
  const ids = async (search: Parameters<typeof searchAudit>[1]) => (await searchAudit(db, search)).map((r) => `${r.actor}:${r.child_id ?? r.entity}`);
  assert.deepEqual(await ids({ childId: 'C2' }), ['U2:C2']);
  assert.deepEqual(await ids({ actor: 'U1' }), ['U1:cin', 'U1:C3', 'U1:C1']);
  assert.deepEqual(await ids({ action: 'view', from: '2026-06-02', to: '2026-06-03' }), ['U1:C3', 'U2:C2']);
  assert.deepEqual(await ids({ laCode: '991' }), []);
  assert.deepEqual(await ids({ to: '2026-06-01', limit: 10 }), ['U1:C1']);
}

for (const backend of testBackends()) {
  describe(`audit hash chain on ${backend.name}`, () => {
    test('an untouched log verifies, the head is its last row, and the append-only trigger still refuses an edit', () =>
      withLog(backend, async (db) => {
        await assert.rejects(db.query("UPDATE audit_log SET actor = 'U9'"), /append-only/);
        const report = await verifyAuditChain(db);
        assert.deepEqual(report.problems, []);
        assert.equal(report.rows, 5);
        assert.equal(report.headSeq, 5);
        const [last] = await db.query<{ row_hash: string }>('SELECT row_hash FROM audit_log ORDER BY chain_seq DESC LIMIT 1');
        assert.equal(report.headHash, last?.row_hash);
        await checkSearch(db);
      }));

    test('an edited row is found, and only that row', () =>
      withLog(backend, async (db) => {
        await tamper(db, "UPDATE audit_log SET actor = 'U9' WHERE chain_seq = 2");
        const report = await verifyAuditChain(db);
        assert.deepEqual(report.problems.map((p) => [p.kind, p.chainSeq]), [['edited', 2]]);
      }));

    test('an edit whose hash was recomputed still breaks the link from the next row', () =>
      withLog(backend, async (db) => {
        await tamper(db, `UPDATE audit_log SET detail = '{"year": 2025}',
          row_hash = audit_row_hash(prev_hash, chain_seq, la_code, id, at, actor, action, entity, entity_id, child_id, '{"year": 2025}')
          WHERE chain_seq = 4`);
        assert.deepEqual((await verifyAuditChain(db)).problems.map((p) => [p.kind, p.chainSeq]), [['relinked', 5]]);
      }));

    test('a deleted row is found where it was, and rows deleted from the end are found too', () =>
      withLog(backend, async (db) => {
        await tamper(db, 'DELETE FROM audit_log WHERE chain_seq = 3');
        assert.deepEqual((await verifyAuditChain(db)).problems.map((p) => [p.kind, p.chainSeq]), [['missing', 3]]);
        await tamper(db, 'DELETE FROM audit_log WHERE chain_seq = 5');
        const report = await verifyAuditChain(db);
        assert.deepEqual(report.problems.map((p) => [p.kind, p.chainSeq]), [['missing', 3], ['truncated', 5]]);
        assert.match(report.problems[1]!.message, /rows 5 to 5 are missing from the end/);
      }));

    test('writers in parallel transactions extend one chain without forking it', () =>
      withLog(backend, async (db) => {
        await Promise.all(
          Array.from({ length: 12 }, (_, index) =>
            db.transaction(async (tx) => {
              await recordAudit(tx, { laCode: '990', actor: `P${index}`, action: 'view', entity: 'child', childId: 'C1' });
              await recordAudit(tx, { laCode: '990', actor: `P${index}`, action: 'view', entity: 'child', childId: 'C2' });
            }),
          ),
        );
        const report = await verifyAuditChain(db);
        assert.deepEqual(report.problems, []);
        assert.equal(report.rows, 29);
      }));
  });
}
