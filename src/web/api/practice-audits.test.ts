/**
 * The case file audit routes on both stores: QA reads every team's audits and records, team managers
 * read their own team's only, other roles are refused (audited); bad input is a 400 naming the field
 * and stores nothing; every write and every child listed is audited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { countRows, practiceClient, type PracticeClient } from './practice.testing.ts';

const good = {
  child: 'CA2',
  date: '2026-06-20',
  type: 'themed',
  theme: 'Neglect',
  auditor: 'QA officer',
  moderator: 'Second manager',
  grade: 'good',
  moderatedGrade: 'requires_improvement',
  themes: { 'Voice of the child': 'outstanding', Assessment: 'requires_improvement' },
  findings: 'The plan is not up to date.',
  actions: [{ action: 'Review the plan', owner: 'TM A', due: '2026-07-31' }],
};

for (const backend of testBackends()) {
  describe(`case file audit API [${backend.name}]`, () => {
    let db: Store;
    let client: PracticeClient;
    before(async () => {
      db = await backend.open();
      client = await practiceClient(db);
    });
    after(() => db.close());

    test('QA sees every team, a team manager only their own; each child listed is audited', async () => {
      const mark = await lastAuditId(db);
      const qa = await client.json<Array<{ id: string; themes: unknown[]; actions: unknown[] }>>(
        'qa',
        '/api/practice/audits?from=2026-04-01&to=2026-06-30',
      );
      assert.equal(qa.status, 200);
      assert.deepEqual(
        qa.body.map((a) => a.id),
        ['AUD2', 'AUD1'],
      );
      assert.equal(qa.body[1]!.themes.length, 2);
      assert.equal(qa.body[1]!.actions.length, 1);
      const tm = await client.json<Array<{ id: string }>>('tm', '/api/practice/audits?from=2026-04-01&to=2026-06-30');
      assert.deepEqual(
        tm.body.map((a) => a.id),
        ['AUD1'],
      );
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((row) => [row.actor.length > 0, row.action, row.entity, row.child_id]),
        [
          [true, 'view', 'case_audit', 'CB'],
          [true, 'view', 'case_audit', 'CA1'],
          [true, 'view', 'case_audit', 'CA1'],
        ],
      );
    });

    test('roles without the grant are refused 403, audited as denied', async () => {
      for (const who of ['sw', 'analyst', 'councillor', 'admin'] as const) {
        const mark = await lastAuditId(db);
        const response = await client.send(who, '/api/practice/audits?from=2026-04-01&to=2026-06-30');
        assert.equal(response.status, 403, who);
        const audit = await auditSince(db, mark);
        assert.deepEqual(
          audit.map((row) => [row.action, row.entity]),
          [['denied', 'case-audits']],
        );
      }
      assert.equal((await client.send('tm', '/api/practice/audits', good)).status, 403);
    });

    test('QA records an audit: 201, its themes and actions stored, one create row in the same transaction', async () => {
      const mark = await lastAuditId(db);
      const response = await client.json<{ id: string }>('qa', '/api/practice/audits', good);
      assert.equal(response.status, 201);
      assert.equal(response.body.id, 'CA-2026-06-20-CA2');
      const [row] = await db.query<{ team_id: string; moderated_grade: string }>(
        "SELECT team_id, moderated_grade FROM case_audit WHERE id = 'CA-2026-06-20-CA2'",
      );
      assert.deepEqual(row, { team_id: 'TA', moderated_grade: 'requires_improvement' });
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((r) => [r.action, r.entity, r.child_id]),
        [['create', 'case_audit', 'CA2']],
      );
    });

    test('bad input is a 400 naming the field and stores nothing', async () => {
      const before = await countRows(db, 'case_audit');
      const cases: Array<[unknown, string]> = [
        [{ ...good, grade: 'fine' }, 'grade'],
        [{ ...good, date: '2026-02-30' }, 'date'],
        [{ ...good, actions: [{ action: 'x', owner: 'y', due: 'soon' }] }, 'actions.0.due'],
        [{ ...good, child: 'NOSUCH' }, 'child'],
        [{ ...good, child: 'CRES' }, 'child'], // restricted: not one QA may read
        [{ ...good, date: '2026-06-21', type: 'themed', theme: undefined }, 'theme'],
      ];
      for (const [body, field] of cases) {
        const response = await client.json<{ error: { field: string } }>('qa', '/api/practice/audits', body);
        assert.equal(response.status, 400, field);
        assert.equal(response.body.error.field, field);
      }
      const duplicate = await client.json<{ error: { field: string } }>('qa', '/api/practice/audits', good);
      assert.deepEqual([duplicate.status, duplicate.body.error.field], [400, 'id']);
      assert.equal(await countRows(db, 'case_audit'), before);
      const range = await client.json<{ error: { field: string } }>(
        'qa',
        '/api/practice/audits?from=2024-01-01&to=2026-06-30',
      );
      assert.deepEqual([range.status, range.body.error.field], [400, 'to']);
    });

    test('the sample: reproducible from the seed, each child drawn audited; the quarterly summary', async () => {
      const body = { month: '2026-07', seed: 'july', perTeam: 1 };
      const mark = await lastAuditId(db);
      const first = await client.json<{ teams: Array<{ teamId: string; drawn: Array<{ childId: string }> }> }>(
        'qa',
        '/api/practice/audits/sample',
        body,
      );
      assert.equal(first.status, 200);
      const drawn = first.body.teams.flatMap((t) => t.drawn.map((d) => d.childId));
      const again = await client.json<typeof first.body>('qa', '/api/practice/audits/sample', body);
      assert.deepEqual(
        again.body.teams.flatMap((t) => t.drawn.map((d) => d.childId)),
        drawn,
      );
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.filter((r) => r.entity === 'case-audit-sample').map((r) => r.child_id),
        [...drawn, ...drawn],
      );
      assert.equal((await client.send('tm', '/api/practice/audits/sample', body)).status, 403);
      const bad = await client.json<{ error: { field: string } }>('qa', '/api/practice/audits/sample', {
        ...body,
        month: '2026-13',
      });
      assert.deepEqual([bad.status, bad.body.error.field], [400, 'month']);

      const summary = await client.json<{ audits: number; moderation: { rate: number } }>(
        'tm',
        '/api/practice/audits/summary?quarter=2026-27Q1',
      );
      assert.equal(summary.status, 200);
      assert.equal(summary.body.moderation.rate, 50);
      const badQuarter = await client.json<{ error: { field: string } }>(
        'tm',
        '/api/practice/audits/summary?quarter=2026-28Q1',
      );
      assert.deepEqual([badQuarter.status, badQuarter.body.error.field], [400, 'quarter']);
    });
  });
}
