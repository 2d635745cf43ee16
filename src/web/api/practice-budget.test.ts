/**
 * The budget forecast route on both stores: analysts and heads of service read it (each read recorded),
 * other roles are refused (audited); bad input is a 400 naming the field.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { practiceClient, type PracticeClient } from './practice.testing.ts';

interface Forecast {
  financialYear: string;
  lines: Array<{ line: string; projectedOutturn: number; variance: number }>;
  movement: Array<{ at: string }>;
}

for (const backend of testBackends()) {
  describe(`budget API [${backend.name}]`, () => {
    let db: Store;
    let client: PracticeClient;
    before(async () => {
      db = await backend.open();
      client = await practiceClient(db);
    });
    after(() => db.close());

    test('per line: projected outturn and variance, and the movement month by month; the read recorded', async () => {
      const mark = await lastAuditId(db);
      const response = await client.json<Forecast>('analyst', '/api/practice/budget?at=2026-06-30');
      assert.equal(response.status, 200);
      assert.equal(response.body.financialYear, '2026-27');
      // No placement on the fostering line: its outturn is its growth alone; staffing is budget plus growth.
      assert.deepEqual(
        response.body.lines.map((l) => [l.line, l.projectedOutturn, l.variance]),
        [
          ['Independent fostering', 10_000, -490_000],
          ['Social work staffing', 205_000, 5_000],
        ],
      );
      assert.deepEqual(
        response.body.movement.map((m) => m.at),
        ['2026-04-30', '2026-05-31', '2026-06-30'],
      );
      assert.deepEqual(
        (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
        [['view', 'budget-forecast']],
      );
      assert.equal((await client.send('hos', '/api/practice/budget?at=2026-06-30&growth=demand')).status, 200);
    });

    test('other roles are refused, audited; bad input is a 400 naming the field', async () => {
      for (const who of ['sw', 'tm', 'qa', 'councillor', 'admin'] as const) {
        const mark = await lastAuditId(db);
        assert.equal((await client.send(who, '/api/practice/budget?at=2026-06-30')).status, 403, who);
        assert.deepEqual(
          (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
          [['denied', 'money']],
        );
      }
      const cases: Array<[string, string]> = [
        ['/api/practice/budget?at=2026-02-30', 'at'],
        ['/api/practice/budget?at=2026-06-30&growth=guess', 'growth'],
        ['/api/practice/budget?at=2030-06-30', 'at'], // no budget lines for 2030-31
      ];
      for (const [path, field] of cases) {
        const response = await client.json<{ error: { field: string } }>('analyst', path);
        assert.deepEqual([response.status, response.body.error.field], [400, field], path);
      }
    });
  });
}
