import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildAllocation,
  buildCaseAudit,
  buildChild,
  buildCouncil,
  buildTeam,
  buildWorker,
} from '../../records/factories.ts';
import { PracticeRequestError } from '../council.ts';
import { drawAuditSample } from './sample.ts';
import { parseAuditFile, recordCaseAudits } from './record.ts';
import { auditSummary, parseQuarter, quarterOf } from './summary.ts';

describe('audit quarters', () => {
  test('the financial quarter of a date and its label', () => {
    assert.deepEqual(quarterOf('2016-05-10'), { label: '2016-17 Q1', from: '2016-04-01', to: '2016-06-30' });
    assert.deepEqual(quarterOf('2017-03-31'), { label: '2016-17 Q4', from: '2017-01-01', to: '2017-03-31' });
    assert.deepEqual(parseQuarter('2016-17Q3'), { label: '2016-17 Q3', from: '2016-10-01', to: '2016-12-31' });
    assert.throws(() => parseQuarter('2016-18Q1'), PracticeRequestError);
  });

  test('a bad audit file names the entry and the field', () => {
    const good = { child: 'A', date: '2025-01-10', type: 'random', auditor: 'PSW', grade: 'good' };
    assert.equal(parseAuditFile(JSON.stringify(good), 'f.json').length, 1);
    assert.throws(
      () => parseAuditFile(JSON.stringify([good, { ...good, grade: 'fine' }]), 'f.json'),
      /f\.json: audit 2, field grade/,
    );
    assert.throws(() => parseAuditFile(JSON.stringify({ ...good, type: 'themed' }), 'f.json'), /field theme/);
    assert.throws(
      () => parseAuditFile(JSON.stringify({ ...good, moderatedGrade: 'good' }), 'f.json'),
      /field moderator/,
    );
    assert.throws(() => parseAuditFile('{', 'f.json'), /not JSON/);
  });
});

for (const backend of testBackends()) {
  describe(`case file audits on ${backend.name}`, () => {
    test('the sample is stratified per team, reproducible from the seed, and leaves out recent audits', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const team of ['TA', 'TB']) {
          await buildTeam(db, { id: team });
          await buildWorker(db, { id: `W${team}`, team_id: team });
        }
        // TA: 5 open cases, one audited 2025-01-20 (within 183 days of 2025-03-01); TB: 1 open case; one closed.
        for (const n of [1, 2, 3, 4, 5]) {
          await buildChild(db, { id: `A${n}` });
          await buildAllocation(db, { child_id: `A${n}`, worker_id: 'WTA', start_date: '2024-06-01' });
        }
        await buildCaseAudit(db, { child_id: 'A1', audit_date: '2025-01-20' });
        await buildChild(db, { id: 'B1' });
        await buildAllocation(db, { child_id: 'B1', worker_id: 'WTB', start_date: '2024-06-01' });
        await buildChild(db, { id: 'B2' });
        await buildAllocation(db, {
          child_id: 'B2',
          worker_id: 'WTB',
          start_date: '2024-06-01',
          end_date: '2025-02-27',
        });

        const request = { month: '2025-03', seed: 'march', perTeam: 2, excludeDays: 183, actor: 't', via: 't' };
        const first = await drawAuditSample(db, request);
        const again = await drawAuditSample(db, request);
        assert.deepEqual(again, first);
        const [ta, tb] = first.teams;
        assert.equal(ta!.teamId, 'TA');
        assert.equal(ta!.open, 5);
        assert.equal(ta!.recentlyAudited, 1);
        assert.equal(ta!.drawn.length, 2);
        assert.ok(ta!.drawn.every((c) => c.childId !== 'A1' && c.workerId === 'WTA'));
        assert.deepEqual(tb!.drawn, [{ teamId: 'TB', childId: 'B1', workerId: 'WTB' }]);
        // Another seed draws from the same four eligible children; across seeds every one can be drawn.
        const drawnAcross = new Set<string>();
        for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
          const s = await drawAuditSample(db, { ...request, seed });
          for (const c of s.teams[0]!.drawn) drawnAcross.add(c.childId);
        }
        assert.deepEqual([...drawnAcross].sort(), ['A2', 'A3', 'A4', 'A5']);
        const [views] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'case-audit-sample'`,
        );
        // Ten draws of three children each, one view row per child drawn.
        assert.equal(views!.n, 30);
      } finally {
        await db.close();
      }
    });

    test('recording writes the audit, its theme grades and actions with audit rows; a bad file writes nothing', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildTeam(db, { id: 'TA' });
        await buildWorker(db, { id: 'W1', team_id: 'TA' });
        await buildChild(db, { id: 'C1' });
        await buildAllocation(db, { child_id: 'C1', worker_id: 'W1', start_date: '2024-06-01' });
        const audits = parseAuditFile(
          JSON.stringify({
            child: 'C1',
            date: '2025-02-10',
            type: 'random',
            auditor: 'Team manager',
            moderator: 'PSW',
            grade: 'requires_improvement',
            moderatedGrade: 'good',
            themes: { 'voice of the child': 'good', plan: 'requires_improvement' },
            actions: [{ action: 'Make the plan SMART', owner: 'Team manager TA', due: '2025-03-10' }],
          }),
          'a.json',
        );
        const result = await recordCaseAudits(db, { audits, actor: 'tester', via: 'test' });
        assert.deepEqual(result.recorded, [{ id: 'CA-2025-02-10-C1', childId: 'C1', teamId: 'TA', workerId: 'W1' }]);
        const [row] = await db.query<{ themes: string[]; team_id: string }>(
          `SELECT themes, team_id FROM case_audit WHERE id = 'CA-2025-02-10-C1'`,
        );
        assert.deepEqual(row!.themes, ['plan']);
        const [counts] = await db.query<{ grades: number; actions: number; logged: number }>(
          `SELECT (SELECT count(*)::int FROM case_audit_theme_grade) AS grades,
                  (SELECT count(*)::int FROM case_audit_action) AS actions,
                  (SELECT count(*)::int FROM audit_log WHERE entity = 'case_audit' AND action = 'create'
                      AND child_id = 'C1' AND entity_id = 'CA-2025-02-10-C1') AS logged`,
        );
        assert.deepEqual(counts, { grades: 2, actions: 1, logged: 1 });

        // A second file whose second entry names a child the council lacks: nothing of it is written.
        const bad = parseAuditFile(
          JSON.stringify([
            { child: 'C1', date: '2025-03-03', type: 'random', auditor: 'X', grade: 'good' },
            { child: 'NOPE', date: '2025-03-03', type: 'random', auditor: 'X', grade: 'good' },
          ]),
          'b.json',
        );
        await assert.rejects(recordCaseAudits(db, { audits: bad, actor: 't', via: 't' }), /audit 2, field child/);
        await assert.rejects(recordCaseAudits(db, { audits, actor: 't', via: 't' }), /already recorded/);
        const [after] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_audit');
        assert.equal(after!.n, 1);
      } finally {
        await db.close();
      }
    });

    test('the quarterly summary counts grades with shares, trend, themes, moderation and actions', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildChild(db, { id: 'C1' });
        // 2016-17 Q1 as seed 002: 26 audits, 1 outstanding, 15 good, 9 requires improvement, 1 inadequate.
        const grades = [
          ...Array(1).fill('outstanding'),
          ...Array(15).fill('good'),
          ...Array(9).fill('requires_improvement'),
          ...Array(1).fill('inadequate'),
        ] as string[];
        for (const [i, grade] of grades.entries())
          await buildCaseAudit(db, {
            id: `Q1-${i}`,
            child_id: 'C1',
            audit_date: '2016-05-10',
            grade,
            audit_type: i < 20 ? 'random' : 'themed',
            audit_theme: i < 20 ? null : 'neglect',
            themes: i < 3 ? ['management oversight'] : [],
            // Four moderated; three agreed.
            moderator: i < 4 ? 'PSW' : null,
            moderated_grade: i < 3 ? grade : i === 3 ? 'inadequate' : null,
          });
        // 2015-16 Q4: 2 audits, one good.
        await buildCaseAudit(db, { id: 'Q4a', child_id: 'C1', audit_date: '2016-02-01', grade: 'good' });
        await buildCaseAudit(db, { id: 'Q4b', child_id: 'C1', audit_date: '2016-03-31', grade: 'inadequate' });
        // Outside the quarter: not counted.
        await buildCaseAudit(db, { id: 'Q2', child_id: 'C1', audit_date: '2016-07-01', grade: 'good' });
        await db.query(
          `INSERT INTO case_audit_theme_grade (la_code, audit_id, theme, grade) VALUES
             ('990', 'Q1-0', 'voice of the child', 'good'), ('990', 'Q1-1', 'voice of the child', 'inadequate')`,
        );
        await db.query(
          `INSERT INTO case_audit_action (la_code, audit_id, number, action, owner, due, completed) VALUES
             ('990', 'Q1-0', 1, 'a', 'o', '2016-06-01', '2016-05-20'),
             ('990', 'Q1-0', 2, 'b', 'o', '2016-06-01', NULL),
             ('990', 'Q1-1', 1, 'c', 'o', '2016-07-15', NULL)`,
        );
        const s = await auditSummary(db, { quarter: parseQuarter('2016-17Q1') });
        assert.equal(s.audits, 26);
        assert.deepEqual(
          s.byGrade.map((g) => [g.grade, g.count, g.percent]),
          [
            ['outstanding', 1, 4],
            ['good', 15, 58],
            ['requires_improvement', 9, 35],
            ['inadequate', 1, 4],
          ],
        );
        assert.deepEqual(
          s.trend.map((t) => [t.quarter.label, t.audits, t.byGrade.find((g) => g.grade === 'good')!.percent]),
          [
            ['2015-16 Q1', 0, null],
            ['2015-16 Q2', 0, null],
            ['2015-16 Q3', 0, null],
            ['2015-16 Q4', 2, 50],
          ],
        );
        assert.deepEqual(s.byType, { random: 20, themed: 6 });
        assert.deepEqual(s.moderation, { moderated: 4, agreed: 3, rate: 75 });
        assert.deepEqual(s.learning, [{ theme: 'management oversight', audits: 3 }]);
        assert.deepEqual(s.themes, [
          { theme: 'voice of the child', graded: 2, outstanding: 0, good: 1, requires_improvement: 0, inadequate: 1 },
        ]);
        // At 2016-06-30: one done, two open, one of them overdue (due 2016-06-01).
        assert.deepEqual(s.actions, { set: 3, done: 1, open: 2, overdue: 1 });
      } finally {
        await db.close();
      }
    });
  });
}
