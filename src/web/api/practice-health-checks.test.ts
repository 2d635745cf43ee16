/**
 * The team health check routes on both stores: QA and heads of service read every team and record,
 * a team manager reads their own team only, other roles are refused (audited); bad input is a 400
 * naming the field and stores nothing; a recorded check is audited in its transaction.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { countRows, practiceClient, type PracticeClient } from './practice.testing.ts';

interface DueView {
  due: { teams: Array<{ teamId: string; status: string; nextDue: string | null }> };
  history: { teams: Array<{ teamId: string }>; byYear: unknown[] };
}

for (const backend of testBackends()) {
  describe(`team health check API [${backend.name}]`, () => {
    let db: Store;
    let client: PracticeClient;
    before(async () => {
      db = await backend.open();
      client = await practiceClient(db);
    });
    after(() => db.close());

    test('the due list: overdue, due soon, never checked; a team manager sees their own team only', async () => {
      const qa = await client.json<DueView>('qa', '/api/practice/health-checks/due?at=2026-06-30');
      assert.equal(qa.status, 200);
      assert.deepEqual(
        qa.body.due.teams.map((t) => [t.teamId, t.status, t.nextDue]),
        [
          ['TA', 'overdue', '2026-06-01'],
          ['TC', 'never checked', null],
          ['TB', 'due soon', '2026-07-15'],
        ],
      );
      const tm = await client.json<DueView>('tm', '/api/practice/health-checks/due?at=2026-06-30');
      assert.deepEqual(
        tm.body.due.teams.map((t) => t.teamId),
        ['TA'],
      );
      assert.deepEqual([tm.body.history.teams.map((t) => t.teamId), tm.body.history.byYear], [['TA'], []]);
      const pack = await client.json<{ teamId: string; figures: unknown[] }>(
        'tm',
        '/api/practice/health-checks/pack?team=TA&at=2026-06-30',
      );
      assert.deepEqual([pack.status, pack.body.teamId], [200, 'TA']);
      assert.equal((await client.send('tm', '/api/practice/health-checks/pack?team=TB&at=2026-06-30')).status, 404);
      const badPeriod = await client.json<{ error: { field: string } }>(
        'qa',
        '/api/practice/health-checks/pack?team=TA&at=2026-06-30&period=someday',
      );
      assert.deepEqual([badPeriod.status, badPeriod.body.error.field], [400, 'period']);
    });

    test('roles without the grant are refused, audited as denied; a manager may not record', async () => {
      for (const who of ['sw', 'analyst', 'councillor', 'admin'] as const) {
        const mark = await lastAuditId(db);
        assert.equal((await client.send(who, '/api/practice/health-checks/due?at=2026-06-30')).status, 403, who);
        assert.deepEqual(
          (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
          [['denied', 'health-checks']],
        );
      }
      const body = { team: 'TA', date: '2026-06-29', grade: 'good' };
      assert.equal((await client.send('tm', '/api/practice/health-checks', body)).status, 403);
    });

    test('a head of service records a check: 201 with the next due, one create row', async () => {
      const mark = await lastAuditId(db);
      const response = await client.json<{ id: string; nextDue: string }>('hos', '/api/practice/health-checks', {
        team: 'TC',
        date: '2026-06-29',
        grade: 'requires_improvement',
        checkedBy: 'Director',
        findings: 'Supervision is not recorded.',
      });
      assert.deepEqual([response.status, response.body], [201, { id: 'THC-TC-2026-06-29', nextDue: '2026-12-29' }]);
      assert.deepEqual(
        (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
        [['create', 'team_health_check']],
      );
    });

    test('bad input is a 400 naming the field and stores nothing', async () => {
      const before = await countRows(db, 'team_health_check');
      const cases: Array<[unknown, string]> = [
        [{ team: 'TA', date: '2026-06-29', grade: 'fine' }, 'grade'],
        [{ team: 'TA', date: '29/06/2026', grade: 'good' }, 'date'],
        [{ team: 'NOSUCH', date: '2026-06-29', grade: 'good' }, 'team'],
        [{ team: 'TC', date: '2026-06-29', grade: 'good' }, 'date'], // already recorded that day
        [{ team: 'TA', date: '2026-06-29', grade: 'good', colour: 'red' }, ''],
      ];
      for (const [body, field] of cases) {
        const response = await client.json<{ error: { field: string } }>('qa', '/api/practice/health-checks', body);
        assert.equal(response.status, 400, JSON.stringify(body));
        if (field) assert.equal(response.body.error.field, field);
      }
      assert.equal(await countRows(db, 'team_health_check'), before);
    });
  });
}
