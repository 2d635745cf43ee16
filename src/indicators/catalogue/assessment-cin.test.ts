import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildAssessment, buildChild, buildCinPlan, buildCinPlanReview } from '../../records/factories.ts';
import { workingDaysBetween } from '../../calendar/working-days.ts';
import { buildReferralOn, evaluateOne, idsWith, testOnEveryBackend } from '../testing.ts';

describe('assessment and children in need', () => {
  testOnEveryBackend('assessments and assessment-timeliness-45wd: Christmas inside the span', async (db) => {
    // From Monday 2 December 2024, with 25 and 26 December and 1 January as bank holidays, the 45th
    // working day is Thursday 6 February 2025 (Dec 3-6: 4, 9-13: 9, 16-20: 14, 23/24/27: 17, 30/31: 19,
    // Jan 2/3: 21, then five a week: 26, 31, 36, 41, Feb 3-6: 45).
    assert.equal(workingDaysBetween('2024-12-02', '2025-02-06'), 45);
    const assessed = (id: string, start_date: string, authorised_date: string) =>
      buildAssessment(db, { id, start_date, authorised_date, child_seen_date: null });
    await assessed('A1', '2024-12-02', '2025-02-06'); // 45 WD: in time
    await assessed('A2', '2024-12-02', '2025-02-07'); // 46 WD: late
    await assessed('A3', '2025-02-10', '2025-02-10'); // same day: 0 WD, in time
    await assessed('A4', '2025-02-10', '2025-03-03'); // authorised after February
    await assessed('A5', '2025-01-02', '2025-01-31'); // authorised before February
    // February 2025: A1, A2, A3 authorised = 3; within 45 WD: A1, A3 = 66.6667%.
    const at = '2025-02-28';
    assert.equal((await evaluateOne(db, 'assessments', { at })).value, 3);
    const timely = await evaluateOne(db, 'assessment-timeliness-45wd', { at, explain: true });
    assert.deepEqual([timely.numerator, timely.denominator, timely.value], [2, 3, 66.6667]);
    assert.deepEqual(idsWith(timely, 'numerator'), ['A1', 'A3']);
  });

  testOnEveryBackend('cin-at-date: open at the end of the day, unborn children included, children once', async (db) => {
    const open = (id: string, referral_date: string, closure_date: string | null = null, child_id?: string) =>
      buildReferralOn(db, {
        id,
        referral_date,
        closure_date,
        closure_reason: closure_date ? 'RC7' : null,
        ...(child_id ? { child_id } : {}),
      });
    await open('K1', '2025-01-01'); // open: counts
    await open('K2', '2025-01-01', '2025-03-31'); // closed on the date: not open at it
    await open('K3', '2025-03-31'); // referred on the date: counts
    const unborn = await buildChild(db, {
      id: 'UNBORN',
      date_of_birth: null,
      expected_date_of_birth: '2025-05-01',
      sex: 'U',
    });
    await open('K4', '2025-02-01', null, unborn.id); // unborn child: counts
    const twice = await buildChild(db, { id: 'TWICE' });
    await open('K5a', '2024-05-01', null, twice.id);
    await open('K5b', '2025-02-01', null, twice.id); // two open episodes: one child
    await open('K6', '2025-04-01'); // referred after the date
    await open('K7', '2024-10-01', '2025-04-02'); // closed after the date: open at it
    // Children: K1, K3, UNBORN, TWICE, K7 = 5; rate 5 / 50,000 x 10,000 = 1.
    const result = await evaluateOne(db, 'cin-at-date', { at: '2025-03-31' });
    assert.deepEqual([result.value, result.rate?.value], [5, 1]);
  });

  testOnEveryBackend('cin-plans-at-date and cin-plan-reviews-6wk', async (db) => {
    const plan = async (id: string, start_date: string, end_date: string | null, reviews: string[]) => {
      const referral = await buildReferralOn(db, { referral_date: '2024-12-01' });
      await buildCinPlan(db, { id, child_id: referral.child_id, referral_id: referral.id, start_date, end_date });
      for (const review_date of reviews)
        await buildCinPlanReview(db, { child_id: referral.child_id, cin_plan_id: id, review_date });
    };
    await plan('P1', '2025-01-06', null, ['2025-02-17']); // last review 42 days before 31 March: in time
    await plan('P2', '2025-01-06', null, ['2025-02-16']); // 43 days: late
    await plan('P3', '2025-03-01', null, []); // started 30 days ago, no review due yet: in time
    await plan('P4', '2025-01-01', '2025-03-31', []); // ended on the date: not open
    await plan('P5', '2025-01-06', null, ['2025-02-16', '2025-04-01']); // the April review is not known at 31 March: late
    // Open plans: P1, P2, P3, P5 = 4 children; reviewed in time: P1, P3 = 50%.
    const at = '2025-03-31';
    assert.equal((await evaluateOne(db, 'cin-plans-at-date', { at })).value, 4);
    const reviews = await evaluateOne(db, 'cin-plan-reviews-6wk', { at, explain: true });
    assert.deepEqual([reviews.numerator, reviews.denominator, reviews.value], [2, 4, 50]);
    assert.deepEqual(idsWith(reviews, 'numerator'), ['P1', 'P3']);
  });
});
