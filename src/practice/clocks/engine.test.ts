import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Db } from '../../store/db.ts';
import { addWorkingDays } from '../../calendar/working-days.ts';
import {
  buildAllocation,
  buildAssessment,
  buildCareLeaver,
  buildCareLeaverContact,
  buildCarePeriodWithEpisodes,
  buildCareProceedings,
  buildChild,
  buildClaReview,
  buildCouncil,
  buildCpPlan,
  buildCpReview,
  buildInitialConference,
  buildMissingEpisode,
  buildReferral,
  buildS47,
  buildTeam,
  buildVisit,
  buildWorker,
  TEST_LA,
} from '../../records/factories.ts';
import { computeClocks, type Clock } from './engine.ts';
import { loadClockRules } from './rules.ts';

const RULES = loadClockRules();

async function clocksAt(db: Db, at: string, clockIds?: string[], history = false): Promise<Clock[]> {
  return computeClocks(db, { laCode: TEST_LA, at, rules: RULES, ...(clockIds ? { clockIds } : {}), history });
}

/** The clocks of one child and one rule, as "started>due status daysOver" for short assertions. */
function of(clocks: Clock[], childId: string, clockId: string): string[] {
  return clocks
    .filter((c) => c.childId === childId && c.clockId === clockId)
    .map((c) => `${c.started}>${c.due} ${c.status}${c.daysOver ? ` +${c.daysOver}` : ''}`);
}

async function openReferral(db: Db, child_id: string, referral_date: string) {
  await buildChild(db, { id: child_id });
  return buildReferral(db, { child_id, referral_date, decision_date: referral_date });
}

for (const backend of testBackends()) {
  describe(`statutory clocks on ${backend.name}`, () => {
    test('working-day clocks: due on the day, one day over, bank holidays, met on time and late', async () => {
      // 45 WD from Monday 2 December 2024 crosses Christmas and New Year: due Thursday 6 February 2025.
      assert.equal(addWorkingDays('2024-12-02', 45), '2025-02-06');
      // 1 WD from Thursday 17 April 2025 skips Good Friday and Easter Monday: due Tuesday 22 April.
      assert.equal(addWorkingDays('2025-04-17', 1), '2025-04-22');
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const a1 = await openReferral(db, 'A1', '2024-12-02');
        await buildAssessment(db, {
          child_id: 'A1',
          referral_id: a1.id,
          start_date: '2024-12-02',
          authorised_date: null,
        });
        const a2 = await openReferral(db, 'A2', '2024-12-02');
        await buildAssessment(db, {
          child_id: 'A2',
          referral_id: a2.id,
          start_date: '2024-12-02',
          authorised_date: '2025-02-06',
        });
        const a3 = await openReferral(db, 'A3', '2024-12-02');
        await buildAssessment(db, {
          child_id: 'A3',
          referral_id: a3.id,
          start_date: '2024-12-02',
          authorised_date: '2025-02-07',
        });
        await buildChild(db, { id: 'D1' });
        await buildReferral(db, { child_id: 'D1', referral_date: '2025-04-17', decision_date: null });

        const onTheDay = await clocksAt(db, '2025-02-06', ['assessment']);
        assert.deepEqual(of(onTheDay, 'A1', 'assessment'), ['2024-12-02>2025-02-06 due soon']);
        assert.deepEqual(of(onTheDay, 'A2', 'assessment'), ['2024-12-02>2025-02-06 met']);
        // Not yet authorised on the due date: at that date it is still running.
        assert.deepEqual(of(onTheDay, 'A3', 'assessment'), ['2024-12-02>2025-02-06 due soon']);

        const dayOver = await clocksAt(db, '2025-02-07', ['assessment']);
        assert.deepEqual(of(dayOver, 'A1', 'assessment'), ['2024-12-02>2025-02-06 overdue +1']);
        assert.deepEqual(of(dayOver, 'A3', 'assessment'), ['2024-12-02>2025-02-06 met late +1']);
        // Ten working days before the due date the clock is due soon; eleven before, on time.
        const tenBefore = await clocksAt(db, addWorkingDays('2025-02-06', -10), ['assessment']);
        assert.equal(tenBefore.find((c) => c.childId === 'A1')?.status, 'due soon');
        const elevenBefore = await clocksAt(db, addWorkingDays('2025-02-06', -11), ['assessment']);
        assert.equal(elevenBefore.find((c) => c.childId === 'A1')?.status, 'on time');

        // Over Easter: on Good Friday and Easter Monday the 1 WD decision is not yet late.
        for (const at of ['2025-04-18', '2025-04-21', '2025-04-22']) {
          const clocks = await clocksAt(db, at, ['referral-decision']);
          assert.deepEqual(of(clocks, 'D1', 'referral-decision'), ['2025-04-17>2025-04-22 due soon'], at);
        }
        const afterEaster = await clocksAt(db, '2025-04-23', ['referral-decision']);
        assert.deepEqual(of(afterEaster, 'D1', 'referral-decision'), ['2025-04-17>2025-04-22 overdue +1']);
      } finally {
        await db.close();
      }
    });

    test('a working-day clock due on a Friday is not late on the Saturday after (no working day used up)', async () => {
      // 15 WD from Monday 3 March 2025 is Monday 24 March; 14 WD is Friday 21 March. Use a clock due on a
      // Friday: from Friday 28 February 2025, 15 WD is Friday 21 March.
      assert.equal(addWorkingDays('2025-02-28', 15), '2025-03-21');
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const referral = await openReferral(db, 'S1', '2025-02-27');
        await buildS47(db, { child_id: 'S1', referral_id: referral.id, start_date: '2025-02-28', end_date: null });
        const saturday = await clocksAt(db, '2025-03-22', ['icpc']);
        assert.deepEqual(of(saturday, 'S1', 'icpc'), ['2025-02-28>2025-03-21 due soon']);
        const monday = await clocksAt(db, '2025-03-24', ['icpc']);
        assert.deepEqual(of(monday, 'S1', 'icpc'), ['2025-02-28>2025-03-21 overdue +3']);
      } finally {
        await db.close();
      }
    });

    test('clocks stop when the case closes or the child moves on', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        // The referral closes on 2025-01-31 with the assessment never authorised: no clock after that.
        await buildChild(db, { id: 'C1' });
        const closed = await buildReferral(db, {
          child_id: 'C1',
          referral_date: '2024-12-02',
          decision_date: '2024-12-02',
          closure_date: '2025-01-31',
          closure_reason: 'RC8',
        });
        await buildAssessment(db, {
          child_id: 'C1',
          referral_id: closed.id,
          start_date: '2024-12-02',
          authorised_date: null,
        });
        // Looked after from 2025-01-06 until 2025-02-10: the review clock runs until then, and stops.
        await buildChild(db, { id: 'C2' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'C2',
          episodes: [{ start: '2025-01-06' }],
          end: '2025-02-10',
          reason_ceased: 'E4A',
        });
        const before = await clocksAt(db, '2025-01-30', ['assessment', 'cla-review']);
        assert.equal(of(before, 'C1', 'assessment').length, 1);
        assert.deepEqual(of(before, 'C2', 'cla-review'), [`2025-01-06>${addWorkingDays('2025-01-06', 20)} due soon`]);
        const after = await clocksAt(db, '2025-02-14', ['assessment', 'cla-review', 'cla-visit', 'permanence-plan']);
        assert.deepEqual(
          after.filter((c) => c.childId === 'C1' || c.childId === 'C2'),
          [],
        );
      } finally {
        await db.close();
      }
    });

    test('looked-after reviews: 20 WD, then 3 months, then 6; visits: a week, then 6-weekly', async () => {
      assert.equal(addWorkingDays('2024-12-20', 20), '2025-01-22');
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildChild(db, { id: 'L1' });
        await buildCarePeriodWithEpisodes(db, { child_id: 'L1', episodes: [{ start: '2024-12-20' }] });
        const dueDay = await clocksAt(db, '2025-01-22', ['cla-review']);
        assert.deepEqual(of(dueDay, 'L1', 'cla-review'), ['2024-12-20>2025-01-22 due soon']);
        const dayOver = await clocksAt(db, '2025-01-23', ['cla-review']);
        assert.deepEqual(of(dayOver, 'L1', 'cla-review'), ['2024-12-20>2025-01-22 overdue +1']);
        await buildClaReview(db, { child_id: 'L1', review_date: '2025-01-22' });
        const afterFirst = await clocksAt(db, '2025-01-23', ['cla-review']);
        assert.deepEqual(of(afterFirst, 'L1', 'cla-review'), [
          '2024-12-20>2025-01-22 met',
          '2025-01-22>2025-04-22 on time',
        ]);
        await buildClaReview(db, { child_id: 'L1', review_date: '2025-04-23' });
        const afterSecond = await clocksAt(db, '2025-04-24', ['cla-review'], true);
        assert.deepEqual(of(afterSecond, 'L1', 'cla-review'), [
          '2024-12-20>2025-01-22 met',
          '2025-01-22>2025-04-22 met late +1',
          '2025-04-23>2025-10-23 on time',
        ]);
        // Statutory visits: the first within a week of the placement, then at most 6 weeks apart.
        const visits = await clocksAt(db, '2024-12-27', ['cla-visit']);
        assert.deepEqual(of(visits, 'L1', 'cla-visit'), ['2024-12-20>2024-12-27 due soon']);
        await buildVisit(db, { child_id: 'L1', visit_date: '2024-12-27', kind: 'cla', seen: true });
        const seen = await clocksAt(db, '2025-02-08', ['cla-visit']);
        assert.deepEqual(of(seen, 'L1', 'cla-visit'), [
          '2024-12-20>2024-12-27 met',
          '2024-12-27>2025-02-07 overdue +1',
        ]);
      } finally {
        await db.close();
      }
    });

    test('child protection, proceedings, missing and care leaver clocks', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const referral = await openReferral(db, 'P1', '2024-01-02');
        const s47 = await buildS47(db, { child_id: 'P1', referral_id: referral.id, start_date: '2024-01-03' });
        await buildInitialConference(db, { child_id: 'P1', s47_enquiry_id: s47.id, conference_date: '2024-01-24' });
        const plan = await buildCpPlan(db, { child_id: 'P1', referral_id: referral.id, start_date: '2024-01-24' });
        await buildCpReview(db, { child_id: 'P1', cp_plan_id: plan.id, review_date: '2024-04-24' });
        await buildCpReview(db, { child_id: 'P1', cp_plan_id: plan.id, review_date: '2024-10-25' });
        await buildCareProceedings(db, {
          child_id: 'P1',
          pre_proceedings_start: '2024-03-04',
          pre_proceedings_end: '2024-07-01',
          issue_date: '2024-07-01',
        });
        await buildMissingEpisode(db, {
          child_id: 'P1',
          start_date: '2025-03-01',
          end_date: '2025-03-03',
          rhi_offered_date: '2025-03-07',
        });
        const clocks = await clocksAt(
          db,
          '2025-07-24',
          ['icpc', 'cp-review', 'cp-plan-18m', 'plo-16w', 'plo-3m', 'proceedings-26w', 'return-interview'],
          true,
        );
        // ICPC 15 WD from 2024-01-03 is 2024-01-24 (New Year's Day before the start does not count).
        assert.deepEqual(of(clocks, 'P1', 'icpc'), ['2024-01-03>2024-01-24 met']);
        assert.deepEqual(of(clocks, 'P1', 'cp-review'), [
          '2024-01-24>2024-04-24 met',
          '2024-04-24>2024-10-24 met late +1',
          '2024-10-25>2025-04-25 overdue +90',
        ]);
        assert.deepEqual(of(clocks, 'P1', 'cp-plan-18m'), ['2024-01-24>2025-07-24 due soon']);
        // 16 weeks from 2024-03-04 is 2024-06-24; pre-proceedings ended 2024-07-01 (met 7 days late).
        assert.deepEqual(of(clocks, 'P1', 'plo-16w'), ['2024-03-04>2024-06-24 met late +7']);
        assert.deepEqual(of(clocks, 'P1', 'plo-3m'), ['2024-03-04>2024-06-04 met late +27']);
        // 26 weeks from issue on 2024-07-01 is 2024-12-30: no final order, 206 days over.
        assert.deepEqual(of(clocks, 'P1', 'proceedings-26w'), ['2024-07-01>2024-12-30 overdue +206']);
        // Back on 2025-03-03: interview due by 2025-03-06, offered a day later.
        assert.deepEqual(of(clocks, 'P1', 'return-interview'), ['2025-03-03>2025-03-06 met late +1']);

        // A care leaver whose personal adviser last made contact 2025-05-01: 8 weeks on, 2025-06-26.
        const pa = await buildWorker(db, { team_id: (await buildTeam(db, { id: 'LC' })).id, role: 'personal_adviser' });
        await buildChild(db, { id: 'Y1' });
        await buildCareLeaver(db, {
          child_id: 'Y1',
          eligible_from: '2024-06-01',
          pathway_plan_review_date: '2025-01-10',
        });
        await buildCareLeaverContact(db, { child_id: 'Y1', contact_date: '2025-05-01' });
        await buildAllocation(db, {
          child_id: 'Y1',
          worker_id: pa.id,
          team_id: 'LC',
          kind: 'personal_adviser',
          start_date: '2024-06-01',
        });
        const leaver = await clocksAt(db, '2025-06-27', ['pa-contact', 'pathway-plan-review']);
        assert.deepEqual(of(leaver, 'Y1', 'pa-contact'), [
          '2024-06-01>2024-07-27 met late +278',
          '2025-05-01>2025-06-26 overdue +1',
        ]);
        assert.deepEqual(of(leaver, 'Y1', 'pathway-plan-review'), [
          '2024-06-01>2024-12-01 met late +40',
          '2025-01-10>2025-07-10 due soon',
        ]);
        assert.ok(leaver.filter((c) => c.childId === 'Y1').every((c) => c.workerId === pa.id && c.teamId === 'LC'));
      } finally {
        await db.close();
      }
    });
  });
}
