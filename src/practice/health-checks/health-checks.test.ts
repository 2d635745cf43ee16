import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildCaseAudit, buildCouncil, buildTeam, buildTeamHealthCheck } from '../../records/factories.ts';
import { loadClockRules } from '../clocks/rules.ts';
import { loadWorkloadModel } from '../workload/model.ts';
import { healthCheckHistory, healthChecksDue, nextCheckDue, recordHealthCheck } from './checks.ts';
import { teamPack } from './pack.ts';

describe('next health check due', () => {
  test('12 months after good or outstanding, 6 months otherwise', () => {
    assert.equal(nextCheckDue('2024-09-01', 'good'), '2025-09-01');
    assert.equal(nextCheckDue('2024-09-01', 'outstanding'), '2025-09-01');
    assert.equal(nextCheckDue('2024-09-01', 'requires_improvement'), '2025-03-01');
    assert.equal(nextCheckDue('2024-08-31', 'inadequate'), '2025-02-28');
  });
});

for (const backend of testBackends()) {
  describe(`team health checks on ${backend.name}`, () => {
    test('due and overdue per open team, recording with its audit row, history by year', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['TA', 'TB', 'TC', 'TD']) await buildTeam(db, { id });
        await buildTeam(db, { id: 'TX', closed: '2024-12-31' });
        // TA: requires improvement 2024-09-01: due 2025-03-01, 30 days over at 2025-03-31.
        await buildTeamHealthCheck(db, { team_id: 'TA', check_date: '2023-09-01', grade: 'good' });
        await buildTeamHealthCheck(db, { team_id: 'TA', check_date: '2024-09-01', grade: 'requires_improvement' });
        // TB: good 2024-04-20: due 2025-04-20, within 30 days: due soon. TC: good 2025-01-10: on time. TD: never.
        await buildTeamHealthCheck(db, { team_id: 'TB', check_date: '2024-04-20', grade: 'good' });
        await buildTeamHealthCheck(db, { team_id: 'TC', check_date: '2025-01-10', grade: 'outstanding' });
        // A check after the date is not yet known at it.
        await buildTeamHealthCheck(db, { team_id: 'TD', check_date: '2025-04-02', grade: 'good' });
        const due = await healthChecksDue(db, { at: '2025-03-31' });
        assert.deepEqual(
          due.teams.map((t) => [t.teamId, t.lastGrade, t.nextDue, t.status, t.daysOver]),
          [
            ['TA', 'requires_improvement', '2025-03-01', 'overdue', 30],
            ['TD', null, null, 'never checked', 0],
            ['TB', 'good', '2025-04-20', 'due soon', 0],
            ['TC', 'outstanding', '2026-01-10', 'on time', 0],
          ],
        );

        const recorded = await recordHealthCheck(db, {
          check: { teamId: 'TA', date: '2025-03-31', grade: 'good', checkedBy: 'DCS', findings: 'Better.' },
          actor: 'tester',
          via: 'test',
        });
        assert.equal(recorded.nextDue, '2026-03-31');
        const [logged] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'team_health_check' AND action = 'create' AND entity_id = $1`,
          [recorded.id],
        );
        assert.equal(logged!.n, 1);
        await assert.rejects(
          recordHealthCheck(db, { check: { teamId: 'NOPE', date: '2025-03-31', grade: 'good' }, actor: 't', via: 't' }),
          /no team "NOPE"/,
        );
        await assert.rejects(
          recordHealthCheck(db, { check: { teamId: 'TA', date: '2025-03-31', grade: 'fine' }, actor: 't', via: 't' }),
          /--grade must be one of/,
        );
        await assert.rejects(
          recordHealthCheck(db, { check: { teamId: 'TA', date: '2025-03-31', grade: 'good' }, actor: 't', via: 't' }),
          /already recorded/,
        );
        const [checks] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM team_health_check');
        assert.equal(checks!.n, 6);

        const history = await healthCheckHistory(db, { to: '2025-03-31' });
        assert.deepEqual(
          history.teams.find((t) => t.teamId === 'TA')!.checks.map((c) => [c.date, c.grade]),
          [
            ['2023-09-01', 'good'],
            ['2024-09-01', 'requires_improvement'],
            ['2025-03-31', 'good'],
          ],
        );
        assert.deepEqual(history.byYear, [
          { year: '2023-24', checks: 1, outstanding: 0, good: 1, requires_improvement: 0, inadequate: 0 },
          { year: '2024-25', checks: 4, outstanding: 1, good: 2, requires_improvement: 1, inadequate: 0 },
        ]);
      } finally {
        await db.close();
      }
    });

    test('the team pack sets the team figure beside the council figure', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildTeam(db, { id: 'T1' });
        await buildTeam(db, { id: 'T2' });
        // Audits in the 12 months to 2025-03-31: T1 1 of 2 good or better, council 3 of 4.
        await buildCaseAudit(db, { team_id: 'T1', audit_date: '2025-01-15', grade: 'good' });
        await buildCaseAudit(db, { team_id: 'T1', audit_date: '2025-02-15', grade: 'inadequate' });
        await buildCaseAudit(db, { team_id: 'T2', audit_date: '2024-12-15', grade: 'outstanding' });
        await buildCaseAudit(db, { team_id: 'T2', audit_date: '2024-06-15', grade: 'good' });
        await buildTeamHealthCheck(db, { team_id: 'T1', check_date: '2024-09-01', grade: 'requires_improvement' });
        const pack = await teamPack(db, {
          teamId: 'T1',
          at: '2025-03-31',
          period: 'r12',
          ids: ['audits-by-grade'],
          rules: loadClockRules(),
          model: loadWorkloadModel(),
          actor: 't',
          via: 't',
        });
        assert.deepEqual(
          pack.figures.map((f) => [f.id, f.team.value, f.council.value]),
          [['audits-by-grade', 50, 75]],
        );
        assert.equal(pack.healthCheck?.status, 'overdue');
        assert.deepEqual(pack.history, [{ date: '2024-09-01', grade: 'requires_improvement' }]);
        await assert.rejects(
          teamPack(db, {
            ...pack,
            teamId: 'NOPE',
            ids: ['audits-by-grade'],
            rules: [],
            model: loadWorkloadModel(),
            actor: 't',
            via: 't',
          }),
          /no team "NOPE"/,
        );
      } finally {
        await db.close();
      }
    });
  });
}
