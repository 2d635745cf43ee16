/**
 * The demand forecast routes on both stores: analysts and heads of service read them (each read
 * recorded), other roles are refused (audited); months are bounded by limits.maxSeries; bad input is a
 * 400 naming the field.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCarePeriodWithEpisodes } from '../../records/factories.ts';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { practiceClient, type PracticeClient } from './practice.testing.ts';

for (const backend of testBackends()) {
  describe(`demand API [${backend.name}]`, () => {
    let db: Store;
    let client: PracticeClient;
    before(async () => {
      db = await backend.open();
      client = await practiceClient(db);
      await buildCarePeriodWithEpisodes(db, {
        la_code: '990',
        child_id: 'CA1',
        episodes: [{ start: '2025-01-10', placement_type: 'U4', legal_status: 'C2' }],
      });
    });
    after(() => db.close());

    test('24 months ahead with the band; the read recorded', async () => {
      const mark = await lastAuditId(db);
      const response = await client.json<{ now: { total: number }; months: Array<{ low: number; high: number }> }>(
        'analyst',
        '/api/practice/demand?at=2026-06-30',
      );
      assert.equal(response.status, 200);
      assert.equal(response.body.now.total, 1);
      assert.equal(response.body.months.length, 24);
      assert.ok(response.body.months.every((m) => m.low <= m.high));
      assert.deepEqual(
        (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
        [['view', 'demand-forecast']],
      );
    });

    test('the backtest is refused in words when the history is too short (400 naming the field)', async () => {
      const response = await client.json<{ error: { field: string; message: string } }>(
        'hos',
        '/api/practice/demand/backtest?at=2026-06-30&historyFrom=2026-01-01',
      );
      assert.deepEqual([response.status, response.body.error.field], [400, 'historyFrom']);
      assert.match(response.body.error.message, /needs 24 months of history/);
    });

    test('other roles are refused, audited; months beyond the limit and bad dates are 400s', async () => {
      for (const who of ['sw', 'tm', 'qa', 'councillor', 'admin'] as const) {
        const mark = await lastAuditId(db);
        assert.equal((await client.send(who, '/api/practice/demand?at=2026-06-30')).status, 403, who);
        assert.deepEqual(
          (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
          [['denied', 'money']],
        );
      }
      for (const [path, field] of [
        ['/api/practice/demand?at=2026-06-30&months=25', 'months'],
        ['/api/practice/demand?at=2026-06-30&months=0', 'months'],
        ['/api/practice/demand?at=tomorrow', 'at'],
        ['/api/practice/demand/backtest?at=2026-06-30&historyFrom=2027-01-01', 'historyFrom'],
      ] as const) {
        const response = await client.json<{ error: { field: string } }>('analyst', path);
        assert.deepEqual([response.status, response.body.error.field], [400, field], path);
      }
    });
  });
}
