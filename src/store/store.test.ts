import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from './testing.ts';
import { openStore } from './open.ts';
import { knownMigrations, migrate } from './migrate.ts';
import { insertRows } from './bulk.ts';
import { StoreError } from './db.ts';
import { CODE_LISTS } from '../codes/index.ts';

for (const backend of testBackends()) {
  describe(`store on ${backend.name}`, () => {
    test('dates come back as ISO strings and counts as numbers', async () => {
      const db = await backend.open();
      try {
        const [row] = await db.query<{ d: string; n: number }>(
          "SELECT DATE '2025-03-31' AS d, count(*) AS n FROM code_list",
        );
        assert.equal(row?.d, '2025-03-31');
        assert.equal(typeof row?.n, 'number');
      } finally {
        await db.close();
      }
    });

    test('a failed transaction leaves nothing behind', async () => {
      const db = await backend.open();
      try {
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.query("INSERT INTO council (la_code, name) VALUES ('929', 'Northumberland')");
            await tx.query("INSERT INTO council (la_code, name) VALUES ('9x9', 'Bad code')");
          }),
        );
        assert.deepEqual(await db.query('SELECT la_code FROM council'), []);
      } finally {
        await db.close();
      }
    });

    test('the database rejects unknown codes and impossible dates', async () => {
      const db = await backend.open();
      try {
        await db.query("INSERT INTO council (la_code, name) VALUES ('929', 'Northumberland')");
        const child = { la_code: '929', id: 'C1', date_of_birth: '2015-01-01', sex: 'F', ethnicity: 'WBRI' };
        await insertRows(db, 'child', [child]);
        await assert.rejects(insertRows(db, 'child', [{ ...child, id: 'C2', ethnicity: 'XXXX' }]), /code_ethnicity/);
        const period = { la_code: '929', id: 'P1', child_id: 'C1', start_date: '2024-05-01', end_date: '2024-04-01' };
        await assert.rejects(insertRows(db, 'care_period', [period]), /check/i);
        await assert.rejects(insertRows(db, 'child', [{ ...child, id: 'C3', date_of_birth: null }]), /check/i);
      } finally {
        await db.close();
      }
    });

    test('each code domain accepts exactly the codes of its list', async () => {
      const db = await backend.open();
      try {
        const domains = await db.query<{ name: string; check: string }>(
          `SELECT t.typname AS name, pg_get_constraintdef(c.oid) AS check
             FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid WHERE t.typname LIKE 'code\\_%' AND t.typnamespace = current_schema()::regnamespace`,
        );
        assert.equal(domains.length, CODE_LISTS.length);
        for (const list of CODE_LISTS) {
          const domain = domains.find((d) => d.name === `code_${list.id}`);
          assert.ok(domain, `domain for ${list.id}`);
          const inDb = [...domain.check.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();
          assert.deepEqual(inDb, list.codes.map((c) => c.code).sort(), list.id);
        }
      } finally {
        await db.close();
      }
    });

    test('every table and column is documented with COMMENT ON', async () => {
      const db = await backend.open();
      try {
        const undocumented = await db.query<{ name: string }>(
          `SELECT c.relname || coalesce('.' || a.attname, '') AS name
             FROM pg_class c
             LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> 'kestrel_migrations'
              AND (obj_description(c.oid, 'pg_class') IS NULL OR col_description(c.oid, a.attnum) IS NULL)`,
        );
        assert.deepEqual(
          undocumented.map((r) => r.name),
          [],
        );
      } finally {
        await db.close();
      }
    });

    test('the audit log refuses updates and deletes', async () => {
      const db = await backend.open();
      try {
        await db.query("INSERT INTO council (la_code, name) VALUES ('929', 'Northumberland')");
        await db.query(
          "INSERT INTO audit_log (la_code, actor, action, entity) VALUES ('929', 'test', 'view', 'child')",
        );
        await assert.rejects(db.query("UPDATE audit_log SET actor = 'someone else'"), /append-only/);
        await assert.rejects(db.query('DELETE FROM audit_log'), /append-only/);
      } finally {
        await db.close();
      }
    });
  });
}

describe('embedded store on disk', () => {
  test('refuses a data directory made by a newer schema, and leaves it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestrel-newer-'));
    try {
      const store = await openStore({ dataDir: dir });
      await migrate(store);
      await store.query("INSERT INTO kestrel_migrations (name) VALUES ('29991231_01_from-the-future')");
      await store.close();
      const again = await openStore({ dataDir: dir });
      try {
        await assert.rejects(
          migrate(again),
          (error: unknown) => error instanceof StoreError && /newer version of Kestrel/.test(error.message),
        );
        const [row] = await again.query<{ n: number }>('SELECT count(*) AS n FROM kestrel_migrations');
        assert.equal(row?.n, knownMigrations().length + 1);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unreachable server gives one clear error', async () => {
    await assert.rejects(
      openStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' }),
      (error: unknown) =>
        error instanceof StoreError && /Cannot reach PostgreSQL at 127\.0\.0\.1:1\/none/.test(error.message),
    );
  });
});
