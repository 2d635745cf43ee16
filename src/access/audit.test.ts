import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../store/testing.ts';
import { recordAudit, recordAudits } from './audit.ts';

for (const backend of testBackends()) {
  describe(`audit writer on ${backend.name}`, () => {
    test('writes entries with their detail, and a rolled-back transaction writes none', async () => {
      const db = await backend.open();
      try {
        await db.query("INSERT INTO council (la_code, name) VALUES ('990', 'Fixture')");
        await recordAudit(db, {
          laCode: '990',
          actor: 'cli:test',
          action: 'export',
          entity: 'cin',
          detail: { year: 2025 },
        });
        await assert.rejects(
          db.transaction(async (tx) => {
            await recordAudits(tx, [
              { laCode: '990', actor: 'cli:test', action: 'view', entity: 'child', childId: 'C1' },
            ]);
            throw new Error('work failed');
          }),
        );
        const rows = await db.query<{ action: string; detail: { year: number } | null; child_id: string | null }>(
          'SELECT action, detail, child_id FROM audit_log ORDER BY id',
        );
        assert.deepEqual(rows, [{ action: 'export', detail: { year: 2025 }, child_id: null }]);
      } finally {
        await db.close();
      }
    });
  });
}
