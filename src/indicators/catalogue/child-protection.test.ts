import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildChild,
  buildCpPlan,
  buildCpReview,
  buildInitialConference,
  buildS47,
  buildVisit,
} from '../../records/factories.ts';
import { evaluateOne, idsWith, testOnEveryBackend } from '../testing.ts';

describe('child protection', () => {
  testOnEveryBackend('s47-enquiries and icpc-timeliness-15wd: Easter 2025 inside the span', async (db) => {
    const enquiry = async (id: string, start_date: string, conference_date: string) => {
      const s47 = await buildS47(db, { id, start_date, end_date: null });
      await buildInitialConference(db, {
        id: `IC-${id}`,
        child_id: s47.child_id,
        s47_enquiry_id: s47.id,
        conference_date,
      });
    };
    // From Tuesday 1 April 2025, with Good Friday 18 and Easter Monday 21 April, the 15th WD is Thursday 24 April.
    await enquiry('S1', '2025-04-01', '2025-04-24'); // 15 WD: in time
    await enquiry('S2', '2025-04-01', '2025-04-25'); // 16 WD: late
    await enquiry('S3', '2025-04-10', '2025-04-09'); // conference before the S47 start: no valid duration
    await enquiry('S4', '2025-03-20', '2025-05-01'); // began in March, conference in May
    // S47s starting in April: S1, S2, S3 = 3. ICPCs in April with a valid duration: S1, S2; in time S1 = 50%.
    const at = '2025-04-30';
    assert.equal((await evaluateOne(db, 's47-enquiries', { at })).value, 3);
    const icpc = await evaluateOne(db, 'icpc-timeliness-15wd', { at, explain: true });
    assert.deepEqual([icpc.numerator, icpc.denominator, icpc.value, icpc.excluded], [1, 2, 50, 1]);
    assert.deepEqual(idsWith(icpc, 'excluded'), ['IC-S3']);
  });

  testOnEveryBackend(
    'icpc-timeliness-15wd: a conference on a bank holiday after the 15th working day is late',
    async (db) => {
      const enquiry = async (id: string, start_date: string, conference_date: string) => {
        const s47 = await buildS47(db, { id, start_date, end_date: null });
        await buildInitialConference(db, {
          id: `IC-${id}`,
          child_id: s47.child_id,
          s47_enquiry_id: s47.id,
          conference_date,
        });
      };
      // From Tuesday 3 December 2024 the 15th working day is Tuesday 24 December.
      await enquiry('D1', '2024-12-03', '2024-12-24'); // on the 15th WD: in time
      await enquiry('D2', '2024-12-03', '2024-12-25'); // Christmas Day, after the deadline: late (no WD used since)
      await enquiry('D3', '2024-12-03', '2024-12-28'); // the Saturday after: late
      // From Monday 2 December the 15th WD is Monday 23 December: Saturday 21 December is before it, in time.
      await enquiry('D4', '2024-12-02', '2024-12-21');
      const icpc = await evaluateOne(db, 'icpc-timeliness-15wd', { at: '2024-12-31', explain: true });
      assert.deepEqual(idsWith(icpc, 'numerator'), ['IC-D1', 'IC-D4']);
      assert.deepEqual([icpc.numerator, icpc.denominator], [2, 4]);
    },
  );

  testOnEveryBackend(
    'cpp-at-date, cpp-by-category, cpp-2-years-open: plans at exactly 2 years, unborn children',
    async (db) => {
      await buildCpPlan(db, { id: 'PA', start_date: '2023-03-31', latest_category: 'NEG' }); // 2 years on 31 March 2025
      await buildCpPlan(db, { id: 'PB', start_date: '2023-04-01', latest_category: 'PHY' }); // a day short
      const unborn = await buildChild(db, { date_of_birth: null, expected_date_of_birth: '2025-06-01', sex: 'U' });
      await buildCpPlan(db, { id: 'PC', child_id: unborn.id, start_date: '2025-02-01', latest_category: 'EMO' }); // pre-birth plan
      await buildCpPlan(db, { id: 'PD', start_date: '2024-01-01', end_date: '2025-03-31', latest_category: 'NEG' }); // ended on the date
      // Open at 31 March 2025: PA, PB, PC = 3 children (NEG 1, PHY 1, EMO 1); 2 years or more: PA = 33.3333%.
      const at = '2025-03-31';
      const cpp = await evaluateOne(db, 'cpp-at-date', { at });
      assert.deepEqual([cpp.value, cpp.rate?.value], [3, 0.6]);
      const byCategory = await evaluateOne(db, 'cpp-by-category', { at });
      assert.deepEqual(
        byCategory.breakdown?.map((b) => [b.category, b.numerator]),
        [
          ['NEG', 1],
          ['PHY', 1],
          ['SAB', 0],
          ['EMO', 1],
          ['MUL', 0],
        ],
      );
      const open2 = await evaluateOne(db, 'cpp-2-years-open', { at, explain: true });
      assert.deepEqual([open2.numerator, open2.denominator, open2.value], [1, 3, 33.3333]);
      assert.deepEqual(idsWith(open2, 'numerator'), ['PA']);
    },
  );

  testOnEveryBackend('cpp-repeat (ever, 24 months, cohort of 6 months) and cpp-2-years-ending', async (db) => {
    const child = async (
      id: string,
      plans: { id: string; start_date: string; end_date?: string; previous_plans?: number }[],
    ) => {
      await buildChild(db, { id });
      for (const plan of plans) await buildCpPlan(db, { child_id: id, end_date: null, ...plan });
    };
    await child('X', [
      { id: 'X1', start_date: '2020-01-01', end_date: '2022-06-01' },
      { id: 'X2', start_date: '2024-07-01' },
    ]); // earlier plan ended 25 months before
    await child('Y', [
      { id: 'Y1', start_date: '2023-01-01', end_date: '2023-08-01' },
      { id: 'Y2', start_date: '2025-02-01' },
    ]); // ended 18 months before
    await child('Z', [{ id: 'Z1', start_date: '2024-10-01', previous_plans: 1 }]); // a plan in another council
    await child('N', [{ id: 'N1', start_date: '2024-05-01' }]); // first plan
    await child('Q', [{ id: 'Q1', start_date: '2025-04-01' }]); // after the date
    const at = '2025-03-31';
    // FY 2024-25 starts: X2, Y2, Z1, N1. Ever: X2, Y2, Z1 = 75%. Within 24 months: Y2 = 25%.
    // Cohort of plans starting 1 Oct 2024 to 31 Mar 2025: Y2, Z1, both repeats = 100%.
    const ever = await evaluateOne(db, 'cpp-repeat', { at, period: 'ytd', explain: true });
    assert.deepEqual([ever.numerator, ever.denominator, ever.value], [3, 4, 75]);
    assert.deepEqual(idsWith(ever, 'numerator'), ['X2', 'Y2', 'Z1']);
    const recent = await evaluateOne(db, 'cpp-repeat', { at, period: 'ytd', params: { within: '24-months' } });
    assert.deepEqual([recent.numerator, recent.denominator, recent.value], [1, 4, 25]);
    const cohort = await evaluateOne(db, 'cpp-repeat', { at, period: 'ytd', params: { within: 'cohort-6-months' } });
    assert.deepEqual([cohort.numerator, cohort.denominator, cohort.value], [2, 2, 100]);

    await child('E1', [{ id: 'E1', start_date: '2023-03-31', end_date: '2025-03-31' }]); // exactly 2 years
    await child('E2', [{ id: 'E2', start_date: '2023-04-01', end_date: '2025-03-31' }]); // a day short
    await child('E3', [{ id: 'E3', start_date: '2022-02-28', end_date: '2024-04-01' }]); // over 2 years, ended on day 1
    await child('E4', [{ id: 'E4', start_date: '2022-01-01', end_date: '2024-03-31' }]); // ended the day before the year
    // Ending in FY 2024-25: E1, E2, E3; lasting 2 years or more: E1, E3 = 66.6667%.
    const ending = await evaluateOne(db, 'cpp-2-years-ending', { at, period: 'ytd', explain: true });
    assert.deepEqual([ending.numerator, ending.denominator, ending.value], [2, 3, 66.6667]);
    assert.deepEqual(idsWith(ending, 'numerator'), ['E1', 'E3']);
  });

  testOnEveryBackend('cpp-reviews-in-time: 3 months to the first review, 6 between, none overdue', async (db) => {
    const icpc = await buildInitialConference(db, { conference_date: '2024-06-03' });
    await buildCpPlan(db, {
      id: 'V1',
      child_id: icpc.child_id,
      initial_conference_id: icpc.id,
      start_date: '2024-06-03',
    });
    await buildCpReview(db, { child_id: icpc.child_id, cp_plan_id: 'V1', review_date: '2024-09-03' }); // exactly 3 months
    await buildCpReview(db, { child_id: icpc.child_id, cp_plan_id: 'V1', review_date: '2025-03-03' }); // exactly 6 months
    const v2 = await buildCpPlan(db, { id: 'V2', start_date: '2024-06-03' });
    await buildCpReview(db, { child_id: v2.child_id, cp_plan_id: 'V2', review_date: '2024-09-04' }); // a day late
    const v3 = await buildCpPlan(db, { id: 'V3', start_date: '2024-06-03' });
    await buildCpReview(db, { child_id: v3.child_id, cp_plan_id: 'V3', review_date: '2024-08-01' }); // next was due 2025-02-01: overdue
    await buildCpPlan(db, { id: 'V4', start_date: '2025-01-01' }); // under 3 months on a plan: not in the cohort
    await buildCpPlan(db, { id: 'V5', start_date: '2024-12-31' }); // 3 months on the date, first review due today: in time
    // Cohort V1, V2, V3, V5; in time V1, V5 = 50%.
    const result = await evaluateOne(db, 'cpp-reviews-in-time', { at: '2025-03-31', explain: true });
    assert.deepEqual([result.numerator, result.denominator, result.value], [2, 4, 50]);
    assert.deepEqual(idsWith(result, 'numerator'), ['V1', 'V5']);
  });

  testOnEveryBackend('cpp-reviews-in-time: reviews before child.history_from are unknown, not late', async (db) => {
    // All three plans began 2023-01-02 (first review due 2023-04-02). The census held from 2024-04-01 has
    // reviews 2024-06-01 and 2024-11-30 only.
    // H1: history from 2024-04-01: judged on those reviews (first within 6 months of the horizon, then
    //     6 months; next due 2025-05-30): in time.
    // H2: history from 2024-04-01, first review held 2024-10-01, more than 6 months after it: late.
    // H3: the same reviews as H1 with the whole history held: the 2023 reviews are missing: late.
    await buildChild(db, { id: 'H1', history_from: '2024-04-01' });
    await buildChild(db, { id: 'H2', history_from: '2024-04-01' });
    await buildChild(db, { id: 'H3' });
    for (const id of ['H1', 'H2', 'H3']) {
      await buildCpPlan(db, { id: `P-${id}`, child_id: id, start_date: '2023-01-02', end_date: null });
    }
    for (const id of ['H1', 'H3']) {
      for (const review_date of ['2024-06-01', '2024-11-30']) {
        await buildCpReview(db, { child_id: id, cp_plan_id: `P-${id}`, review_date });
      }
    }
    await buildCpReview(db, { child_id: 'H2', cp_plan_id: 'P-H2', review_date: '2024-10-01' });
    const result = await evaluateOne(db, 'cpp-reviews-in-time', { at: '2025-03-31', explain: true });
    assert.deepEqual(idsWith(result, 'numerator'), ['P-H1']);
    assert.deepEqual([result.numerator, result.denominator], [1, 3]);
    assert.match(result.rows?.find((r) => r.subjectId === 'H1')?.detail ?? '', /history held from 2024-04-01/);
  });

  testOnEveryBackend('cpp-visits-10wd: Easter 2025 inside the span; a new plan is not yet due', async (db) => {
    const onPlan = async (id: string, start_date: string, visits: { visit_date: string; seen: boolean }[]) => {
      const plan = await buildCpPlan(db, { id, start_date });
      for (const visit of visits) await buildVisit(db, { child_id: plan.child_id, ...visit, seen_alone: false });
    };
    await onPlan('W1', '2025-01-01', [{ visit_date: '2025-04-15', seen: true }]); // 9 WD before 30 April
    await onPlan('W2', '2025-01-01', [{ visit_date: '2025-04-14', seen: true }]); // 10 WD: in time
    await onPlan('W3', '2025-01-01', [
      { visit_date: '2025-04-11', seen: true },
      { visit_date: '2025-04-28', seen: false },
    ]); // 11 WD; not seen later
    await onPlan('W4', '2025-04-24', []); // plan 4 WD old: excluded
    await onPlan('W5', '2025-01-01', [{ visit_date: '2025-05-01', seen: true }]); // seen only after the date
    // Denominator W1, W2, W3, W5; numerator W1, W2 = 50%; W4 excluded.
    const result = await evaluateOne(db, 'cpp-visits-10wd', { at: '2025-04-30', explain: true });
    assert.deepEqual([result.numerator, result.denominator, result.value, result.excluded], [2, 4, 50, 1]);
    assert.deepEqual(idsWith(result, 'excluded'), ['W4']);
  });
});
