import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildAllocation,
  buildCaseAudit,
  buildChild,
  buildCpPlan,
  buildTeam,
  buildTeamEstablishment,
  buildTeamHealthCheck,
  buildWorker,
  buildWorkloadWeight,
} from '../../records/factories.ts';
import { buildReferralOn, evaluateOne, testOnEveryBackend } from '../testing.ts';

const AT = '2025-03-31';

describe('workforce and workload', () => {
  testOnEveryBackend('caseloads, agency rate, vacancies, unallocated cases and workload points', async (db) => {
    await buildTeam(db, { id: 'T1', locality: 'North' });
    await buildTeam(db, { id: 'T2', locality: 'South' });
    await buildWorker(db, { id: 'WA', team_id: 'T1', fte: 1 });
    await buildWorker(db, { id: 'WB', team_id: 'T1', role: 'senior_practitioner', fte: 0.5, agency: true, asye: true });
    await buildWorker(db, { id: 'WC', team_id: 'T2', fte: 1 }); // holds no cases
    await buildWorker(db, { id: 'WI', team_id: 'T1', role: 'iro', fte: 1 });
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']) await buildChild(db, { id });
    const allocate = (
      child_id: string,
      worker_id: string,
      start_date = '2025-01-01',
      end_date: string | null = null,
      kind = 'social_worker',
    ) => buildAllocation(db, { child_id, worker_id, start_date, end_date, kind });
    await allocate('C1', 'WA');
    await allocate('C2', 'WA');
    await allocate('C3', 'WB');
    await allocate('C6', 'WB');
    await allocate('C4', 'WA', '2025-01-01', '2025-03-30'); // ended the day before
    await allocate('C5', 'WA', '2025-04-01'); // starts after the date
    await allocate('C1', 'WI', '2025-01-01', null, 'iro');
    // Cases: WA C1, C2; WB C3, C6 = 4 over case holders' FTE 1 + 0.5 = 2.6667; WB alone 2 / 0.5 = 4.
    assert.equal((await evaluateOne(db, 'caseload-sw', { at: AT })).value, 2.6667);
    assert.equal((await evaluateOne(db, 'caseload-sw', { at: AT, level: 'worker:WB' })).value, 4);
    assert.equal((await evaluateOne(db, 'caseload-sw', { at: AT, level: 'team:T2' })).value, null); // no case holders
    assert.equal((await evaluateOne(db, 'caseload-iro', { at: AT })).value, 1);
    // Social workers in post: WA 1, WB 0.5 (agency), WC 1: 0.5 / 2.5 = 20%.
    assert.equal((await evaluateOne(db, 'agency-rate', { at: AT })).value, 20);
    // T1 funds 4 FTE, employs WA (WB is agency): 3 vacant. T2 funds 1, employs WC: 0 (its rise to 3 is later).
    await buildTeamEstablishment(db, { team_id: 'T1', from_date: '2024-04-01', funded_fte: 4 });
    await buildTeamEstablishment(db, { team_id: 'T2', from_date: '2024-04-01', funded_fte: 1 });
    await buildTeamEstablishment(db, { team_id: 'T2', from_date: '2025-04-01', funded_fte: 3 });
    assert.equal((await evaluateOne(db, 'sw-vacancies', { at: AT })).value, 3);
    // Open cases: C1 (allocated), C4 (allocation ended), C7 (never allocated): 2 unallocated.
    for (const child_id of ['C4', 'C7']) await buildReferralOn(db, { child_id, referral_date: '2025-02-01' });
    const c1 = await buildReferralOn(db, { child_id: 'C1', referral_date: '2025-02-01' });
    assert.equal((await evaluateOne(db, 'unallocated-cases', { at: AT })).value, 2);
    // Workload: C1 on a CP plan (3 points), others child in need (1): WA 3 + 1 = 4, WB 1 + 1 = 2; average 3.
    await buildCpPlan(db, { child_id: 'C1', referral_id: c1.id, start_date: '2025-02-10' });
    await buildWorkloadWeight(db, { case_kind: 'cp', points: 3 });
    await buildWorkloadWeight(db, { case_kind: 'cin', points: 1 });
    assert.equal((await evaluateOne(db, 'workload-points', { at: AT })).value, 3);
    // Experienced workers (WB is in the ASYE): WA only, 4 points above an ideal of 3: 100%.
    const above = await evaluateOne(db, 'workload-points', { at: AT, params: { show: 'above-ideal', ideal: '3' } });
    assert.deepEqual([above.numerator, above.denominator, above.value, above.unit], [1, 1, 100, 'percent']);
  });
});

describe('quality', () => {
  testOnEveryBackend('audits-by-grade and team-health-checks', async (db) => {
    await buildTeam(db, { id: 'T1' });
    await buildTeam(db, { id: 'T2' });
    await buildCaseAudit(db, { team_id: 'T1', audit_date: '2025-01-15', grade: 'good' });
    await buildCaseAudit(db, { team_id: 'T2', audit_date: '2025-03-31', grade: 'inadequate' });
    await buildCaseAudit(db, { team_id: 'T1', audit_date: '2024-12-31', grade: 'outstanding' }); // previous quarter
    // January to March: good and inadequate: 50% good or better; T1 alone 100%.
    const audits = await evaluateOne(db, 'audits-by-grade', { at: AT, period: 'quarter' });
    assert.equal(audits.value, 50);
    assert.deepEqual(
      audits.breakdown?.map((b) => [b.category, b.denominator]),
      [
        ['outstanding', 0],
        ['good', 1],
        ['requires_improvement', 0],
        ['inadequate', 1],
      ],
    );
    assert.equal(
      (await evaluateOne(db, 'audits-by-grade', { at: AT, period: 'quarter', level: 'team:T1' })).value,
      100,
    );
    // T1: good in March 2024, then requires improvement on 1 September 2024 (next due 1 March 2025: overdue).
    // T2: good on 1 April 2024 (next due 1 April 2025: not yet).
    await buildTeamHealthCheck(db, { team_id: 'T1', check_date: '2024-03-01', grade: 'good' });
    await buildTeamHealthCheck(db, { team_id: 'T1', check_date: '2024-09-01', grade: 'requires_improvement' });
    await buildTeamHealthCheck(db, { team_id: 'T2', check_date: '2024-04-01', grade: 'good' });
    assert.equal((await evaluateOne(db, 'team-health-checks', { at: AT })).value, 50);
    const overdue = await evaluateOne(db, 'team-health-checks', {
      at: AT,
      params: { measure: 'overdue' },
      explain: true,
    });
    assert.deepEqual([overdue.numerator, overdue.rows?.find((r) => r.status === 'numerator')?.subjectId], [1, 'T1']);
  });
});
