import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db, Store } from '../store/db.ts';
import { testBackends, type TestBackend } from '../store/testing.ts';
import { PGlite } from '@electric-sql/pglite';
import { embeddedStore } from '../store/open.ts';
import { knownMigrations } from '../store/migrate.ts';
import { valueParsers } from '../store/types.ts';
import { recordAudit, recordAudits } from './audit.ts';
import { searchAudit, verifyAuditChain } from './audit-chain.ts';

/** A store with five chained rows: views of C1..C3 by U1 and U2 on three days, an export, a sign-in. */
async function storeWithLog(backend: TestBackend): Promise<Store> {
  const db = await backend.open();
  await db.query("INSERT INTO council (la_code, name) VALUES ('990', 'Fixture')");
  await recordAudits(db, [
    {
      laCode: '990',
      actor: 'U1',
      action: 'view',
      entity: 'child',
      childId: 'C1',
      at: new Date('2026-06-01T10:00:00Z'),
    },
    {
      laCode: '990',
      actor: 'U2',
      action: 'view',
      entity: 'child',
      childId: 'C2',
      at: new Date('2026-06-02T10:00:00Z'),
    },
  ]);
  await recordAudit(db, {
    laCode: '990',
    actor: 'U1',
    action: 'view',
    entity: 'child',
    childId: 'C3',
    at: new Date('2026-06-03T10:00:00Z'),
  });
  await recordAudit(db, {
    laCode: '990',
    actor: 'U1',
    action: 'export',
    entity: 'cin',
    detail: { year: 2026 },
    at: new Date('2026-06-03T11:00:00Z'),
  });
  await recordAudit(db, {
    laCode: '990',
    actor: 'U2',
    action: 'sign_in',
    entity: 'user_session',
    at: new Date('2026-06-04T08:00:00Z'),
  });
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
  const ids = async (search: Parameters<typeof searchAudit>[1]) =>
    (await searchAudit(db, search)).map((r) => `${r.actor}:${r.child_id ?? r.entity}`);
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
        const [last] = await db.query<{ row_hash: string }>(
          'SELECT row_hash FROM audit_log ORDER BY chain_seq DESC LIMIT 1',
        );
        assert.equal(report.headHash, last?.row_hash);
        await checkSearch(db);
      }));

    test('an edited row is found, and only that row', () =>
      withLog(backend, async (db) => {
        await tamper(db, "UPDATE audit_log SET actor = 'U9' WHERE chain_seq = 2");
        const report = await verifyAuditChain(db);
        assert.deepEqual(
          report.problems.map((p) => [p.kind, p.chainSeq]),
          [['edited', 2]],
        );
      }));

    test('an edit whose hash was recomputed still breaks the link from the next row', () =>
      withLog(backend, async (db) => {
        await tamper(
          db,
          `UPDATE audit_log SET detail = '{"year": 2025}',
          row_hash = audit_row_hash(prev_hash, chain_seq, la_code, id, at, actor, action, entity, entity_id, child_id, '{"year": 2025}')
          WHERE chain_seq = 4`,
        );
        assert.deepEqual(
          (await verifyAuditChain(db)).problems.map((p) => [p.kind, p.chainSeq]),
          [['relinked', 5]],
        );
      }));

    test('a deleted row is found where it was, and rows deleted from the end are found too', () =>
      withLog(backend, async (db) => {
        await tamper(db, 'DELETE FROM audit_log WHERE chain_seq = 3');
        assert.deepEqual(
          (await verifyAuditChain(db)).problems.map((p) => [p.kind, p.chainSeq]),
          [['missing', 3]],
        );
        await tamper(db, 'DELETE FROM audit_log WHERE chain_seq = 5');
        const report = await verifyAuditChain(db);
        assert.deepEqual(
          report.problems.map((p) => [p.kind, p.chainSeq]),
          [
            ['missing', 3],
            ['truncated', 5],
          ],
        );
        assert.match(report.problems[1]!.message, /rows 5 to 5 are missing from the end/);
      }));

    test('writers in parallel transactions extend one chain without forking it', () =>
      withLog(backend, async (db) => {
        await Promise.all(
          Array.from({ length: 12 }, (_, index) =>
            db.transaction(async (tx) => {
              await recordAudit(tx, {
                laCode: '990',
                actor: `P${index}`,
                action: 'view',
                entity: 'child',
                childId: 'C1',
              });
              await recordAudit(tx, {
                laCode: '990',
                actor: `P${index}`,
                action: 'view',
                entity: 'child',
                childId: 'C2',
              });
            }),
          ),
        );
        const report = await verifyAuditChain(db);
        assert.deepEqual(report.problems, []);
        assert.equal(report.rows, 29);
      }));
  });
}

test('the migration that adds the chain links the rows a store already had, in the order they were written', async () => {
  const db = embeddedStore(await PGlite.create({ parsers: valueParsers }), 'PGlite in memory');
  try {
    const migrations = knownMigrations();
    const chain = migrations.find((m) => m.name.endsWith('_add-audit-hash-chain'))!;
    for (const migration of migrations.filter((m) => m.name < chain.name)) await db.exec(migration.sql);
    await db.query("INSERT INTO council (la_code, name) VALUES ('990', 'Fixture')");
    await db.query(
      "INSERT INTO audit_log (la_code, actor, action, entity, child_id) VALUES ('990', 'U1', 'view', 'child', 'C1'), ('990', 'U2', 'view', 'child', 'C2')",
    );
    await db.exec(chain.sql);
    await recordAudit(db, { laCode: '990', actor: 'U3', action: 'export', entity: 'cin' });
    const report = await verifyAuditChain(db);
    assert.deepEqual(report.problems, []);
    const rows = await db.query<{ actor: string; chain_seq: number }>(
      'SELECT actor, chain_seq::int AS chain_seq FROM audit_log ORDER BY id',
    );
    assert.deepEqual(rows, [
      { actor: 'U1', chain_seq: 1 },
      { actor: 'U2', chain_seq: 2 },
      { actor: 'U3', chain_seq: 3 },
    ]);
  } finally {
    await db.close();
  }
});
