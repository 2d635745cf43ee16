import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Db } from '../../store/db.ts';
import {
  buildAllocation,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCinPlan,
  buildCouncil,
  buildCpPlan,
  buildReferral,
  buildTeam,
  buildWorker,
  buildWorkloadWeight,
} from '../../records/factories.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import { parseWorkloadModel, type WorkloadModel } from './model.ts';
import { workloadReport } from './workload.ts';

const AT = '2025-03-31';
const MODEL: WorkloadModel = parseWorkloadModel({
  ideal: 7,
  points: { proceedings: 5, cla: 3, cp: 3, cin: 2, assessment: 2, care_leaver: 1, youth_justice: 2, early_help: 1 },
  complexity: { disability: 1 },
  siblingDiscount: 0.5,
  capacity: { experienced: 1, asye: 0.8 },
});

/**
 * W1 (experienced, 1 FTE): C1 open referral only (cin 2), C2 on a CP plan (3), C3 and C4 siblings on CIN
 * plans (2, and 2 halved for the sibling = 1): 8 points, 9 before the discount, 4 cases.
 * W2 (ASYE, 1 FTE): C5 looked after with a disability: 3 + 1 = 4, capacity 7 x 0.8 = 5.6.
 * W3 (experienced, 0.5 FTE): no cases; held C6 until 2025-02-28.
 * Unallocated: C6 (open referral, waiting since 2025-03-01: 30 days), C7 (in care since 2025-03-10: 21 days).
 */
async function buildFixture(db: Db): Promise<void> {
  await buildCouncil(db);
  await buildTeam(db, { id: 'T1', name: 'Family Support' });
  await buildWorker(db, { id: 'W1', team_id: 'T1', name: 'One' });
  await buildWorker(db, { id: 'W2', team_id: 'T1', name: 'Two', asye: true });
  await buildWorker(db, { id: 'W3', team_id: 'T1', name: 'Three', fte: 0.5 });
  const child = async (id: string, extra: Partial<Parameters<typeof buildChild>[1]> = {}) => {
    await buildChild(db, { id, ...extra });
    return buildReferral(db, { child_id: id, referral_date: '2025-01-06', decision_date: '2025-01-06' });
  };
  await child('C1');
  const r2 = await child('C2');
  await buildCpPlan(db, { child_id: 'C2', referral_id: r2.id, start_date: '2025-02-03' });
  for (const id of ['C3', 'C4']) {
    const r = await child(id, { family_id: 'F1' });
    await buildCinPlan(db, { child_id: id, referral_id: r.id, start_date: '2025-02-03' });
  }
  await buildChild(db, { id: 'C5', disabilities: ['AUT'] });
  await buildCarePeriodWithEpisodes(db, { child_id: 'C5', episodes: [{ start: '2024-06-03' }] });
  await child('C6');
  await buildChild(db, { id: 'C7' });
  await buildCarePeriodWithEpisodes(db, { child_id: 'C7', episodes: [{ start: '2025-03-10' }] });
  for (const [child_id, worker_id] of [
    ['C1', 'W1'],
    ['C2', 'W1'],
    ['C3', 'W1'],
    ['C4', 'W1'],
    ['C5', 'W2'],
  ] as const)
    await buildAllocation(db, { child_id, worker_id, team_id: 'T1', start_date: '2025-01-06' });
  await buildAllocation(db, {
    child_id: 'C6',
    worker_id: 'W3',
    team_id: 'T1',
    start_date: '2025-01-06',
    end_date: '2025-02-28',
  });
}

for (const backend of testBackends()) {
  describe(`workload on ${backend.name}`, () => {
    test('points with complexity and the sibling discount, capacity, unallocated waits, what-if, audit', async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        const report = await workloadReport(db, {
          at: AT,
          model: MODEL,
          move: { childId: 'C2', toWorkerId: 'W3' },
          actor: 'test',
          via: 'test',
        });
        assert.deepEqual(
          report.workers.map((w) => [
            w.workerId,
            w.cases,
            w.basePoints,
            w.points,
            w.capacity,
            w.percentOfCapacity,
            w.aboveIdeal,
          ]),
          [
            ['W1', 4, 9, 8, 7, 114.3, true],
            ['W2', 1, 3, 4, 5.6, 71.4, false],
            ['W3', 0, 0, 0, 3.5, 0, false],
          ],
        );
        assert.deepEqual(report.experiencedAboveIdeal, { above: 1, of: 1, percent: 100 });
        // caseload-sw: 5 children over the FTE of the case holders holding them (W1, W2: 2 FTE).
        assert.deepEqual(report.caseloadPerFte, { socialWorkers: 2.5, iros: null });
        assert.deepEqual(report.teams[0], {
          teamId: 'T1',
          teamName: 'Family Support',
          workers: 3,
          cases: 5,
          points: 12,
          meanPoints: 6,
          minPoints: 4,
          maxPoints: 8,
          overCapacity: 1,
        });
        assert.deepEqual(
          report.unallocated?.map((u) => [u.childId, u.waitingSince, u.waitingDays]),
          [
            ['C6', '2025-03-01', 30],
            ['C7', '2025-03-10', 21],
          ],
        );
        const move = report.move!;
        assert.deepEqual(
          [move.from?.before.points, move.from?.after.points, move.to.before.points, move.to.after.points],
          [8, 5, 0, 3],
        );
        const audit = await db.query<{ child_id: string; entity_id: string }>(
          "SELECT child_id, entity_id FROM audit_log WHERE entity = 'workload' ORDER BY child_id",
        );
        assert.deepEqual(
          audit.map((a) => [a.child_id, a.entity_id]),
          [
            ['C2', 'what-if'],
            ['C6', 'unallocated'],
            ['C7', 'unallocated'],
          ],
        );
        const team = await workloadReport(db, {
          at: AT,
          model: MODEL,
          level: { kind: 'team', id: 'T1' },
          actor: 't',
          via: 't',
        });
        assert.equal(team.unallocated, null, 'unallocated cases belong to no team');
        await assert.rejects(
          workloadReport(db, {
            at: AT,
            model: MODEL,
            move: { childId: 'C1', toWorkerId: 'NOPE' },
            actor: 't',
            via: 't',
          }),
          /--to: no case-holding social worker "NOPE"/,
        );
      } finally {
        await db.close();
      }
    });

    test("base points per worker agree with the workload-points indicator on the council's own weights", async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        for (const [case_kind, points] of [
          ['cin', 1.5],
          ['cp', 4],
          ['cla', 2.5],
        ] as const)
          await buildWorkloadWeight(db, { case_kind, points });
        const report = await workloadReport(db, { at: AT, model: MODEL, actor: 't', via: 't' });
        const [indicator] = await evaluateIndicators(db, {
          ids: ['workload-points'],
          at: AT,
          period: 'month',
          level: 'council',
          explain: true,
        });
        const byWorker = new Map((indicator?.rows ?? []).map((r) => [r.subjectId, r.numValue]));
        // W1: 1.5 + 4 + 1.5 + 1.5 = 8.5; W2: 2.5 (the council's weights replace the model's points).
        assert.deepEqual(
          report.workers.filter((w) => w.cases > 0).map((w) => [w.workerId, w.basePoints, byWorker.get(w.workerId)]),
          [
            ['W1', 8.5, 8.5],
            ['W2', 2.5, 2.5],
          ],
        );
      } finally {
        await db.close();
      }
    });
  });
}
