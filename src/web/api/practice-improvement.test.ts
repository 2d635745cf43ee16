/**
 * The improvement plan routes on both stores: heads of service read and change the plan, analysts and
 * QA read it, other roles are refused (audited); bad input is a 400 naming the field and stores
 * nothing; each change is audited in its transaction and progress is appended to the history.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { countRows, practiceClient, type PracticeClient } from './practice.testing.ts';

interface Plan {
  actions: Array<{ id: string; rag: string | null; overdue: boolean; history: Array<{ rag: string }> }>;
}

const action = {
  id: 'P2.1',
  kind: 'priority',
  heading: 'Reduce drift in pre-proceedings',
  action: 'Monthly legal gateway review',
  owner: 'Head of service',
  due: '2026-05-31',
  evidence: ['pre-proceedings-3m'],
};

for (const backend of testBackends()) {
  describe(`improvement plan API [${backend.name}]`, () => {
    let db: Store;
    let client: PracticeClient;
    before(async () => {
      db = await backend.open();
      client = await practiceClient(db);
    });
    after(() => db.close());

    test('a head of service adds an action and reports progress; each change audited; readers see the history', async () => {
      const mark = await lastAuditId(db);
      assert.equal((await client.send('hos', '/api/practice/improvement/actions', action)).status, 201);
      const progress = await client.send('hos', '/api/practice/improvement/actions/P2.1/progress', {
        asAt: '2026-06-29',
        rag: 'red',
        note: 'Gateway not yet meeting',
      });
      assert.equal(progress.status, 201);
      assert.deepEqual(
        (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
        [
          ['create', 'improvement_action'],
          ['update', 'improvement_action'],
        ],
      );
      for (const who of ['hos', 'analyst', 'qa'] as const) {
        const plan = await client.json<Plan>(who, '/api/practice/improvement?at=2026-06-30');
        assert.equal(plan.status, 200, who);
        assert.deepEqual(
          plan.body.actions.map((a) => [a.id, a.rag, a.overdue, a.history.length]),
          [
            ['P2.1', 'red', true, 1],
            ['R1.1', 'amber', false, 1],
          ],
        );
      }
    });

    test('other roles are refused (audited); readers may not change the plan', async () => {
      for (const who of ['sw', 'tm', 'councillor', 'admin'] as const) {
        const mark = await lastAuditId(db);
        assert.equal((await client.send(who, '/api/practice/improvement?at=2026-06-30')).status, 403, who);
        assert.deepEqual(
          (await auditSince(db, mark)).map((row) => [row.action, row.entity]),
          [['denied', 'improvement-plan']],
        );
      }
      for (const who of ['analyst', 'qa'] as const)
        assert.equal(
          (
            await client.send(who, '/api/practice/improvement/actions/R1.1/progress', {
              asAt: '2026-06-30',
              rag: 'green',
            })
          ).status,
          403,
        );
    });

    test('bad input is a 400 naming the field and stores nothing', async () => {
      const actions = await countRows(db, 'improvement_action');
      const progress = await countRows(db, 'improvement_progress');
      const cases: Array<[string, unknown, string]> = [
        ['/api/practice/improvement/actions', { ...action, id: 'P9', due: '31/05/2026' }, 'due'],
        ['/api/practice/improvement/actions', { ...action, id: 'P9', evidence: ['no-such-indicator'] }, 'evidence'],
        ['/api/practice/improvement/actions', action, 'id'], // already in the plan
        ['/api/practice/improvement/actions', { ...action, id: 'P9', kind: 'wish' }, 'kind'],
        ['/api/practice/improvement/actions/R1.1/progress', { asAt: '2026-06-30', rag: 'purple' }, 'rag'],
        ['/api/practice/improvement/actions/NOSUCH/progress', { asAt: '2026-06-30', rag: 'green' }, 'id'],
      ];
      for (const [path, body, field] of cases) {
        const response = await client.json<{ error: { field: string } }>('hos', path, body);
        assert.deepEqual([response.status, response.body.error.field], [400, field], `${path} ${field}`);
      }
      assert.equal(await countRows(db, 'improvement_action'), actions);
      assert.equal(await countRows(db, 'improvement_progress'), progress);
    });
  });
}
