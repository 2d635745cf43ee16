import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildAdoption,
  buildCarePeriodWithEpisodes,
  buildPermanencePlan,
  buildCareProceedings,
  buildChild,
  buildCouncil,
  buildReferral,
} from '../../records/factories.ts';
import { loadClockRules } from '../clocks/rules.ts';
import { proceedingsTracker } from './tracker.ts';

const AT = '2025-03-31';

for (const backend of testBackends()) {
  describe(`proceedings tracker on ${backend.name}`, () => {
    test('stage, week, expected end, drift lists, permanence plans and the average duration', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['P1', 'P2', 'P3']) {
          await buildChild(db, { id });
          await buildReferral(db, { child_id: id, referral_date: '2023-06-05', decision_date: '2023-06-05' });
        }
        // P1: pre-proceedings since 2024-12-02 (day 119: week 18); 16 weeks due 2025-03-24 (+7), 3 months 2025-03-02 (+29).
        await buildCareProceedings(db, {
          child_id: 'P1',
          pre_proceedings_start: '2024-12-02',
          pre_proceedings_end: null,
          issue_date: null,
        });
        // P2: issued 2024-09-02 (day 210: week 31), 26 weeks due 2025-03-03: 28 days over.
        await buildCareProceedings(db, {
          child_id: 'P2',
          pre_proceedings_start: null,
          pre_proceedings_end: null,
          issue_date: '2024-09-02',
        });
        // P3: issued 2024-01-08, final order 2024-10-07 (273 days: 39 weeks), in 2024-25: not open at the date.
        await buildCareProceedings(db, {
          child_id: 'P3',
          pre_proceedings_start: null,
          pre_proceedings_end: null,
          issue_date: '2024-01-08',
          final_order_date: '2024-10-07',
          final_order: 'care_order',
        });
        // P4: looked after since 2024-10-01 with no permanence plan: due 20 WD (2024-10-29) + 3 months = 2025-01-29.
        await buildChild(db, { id: 'P4' });
        await buildCarePeriodWithEpisodes(db, { child_id: 'P4', episodes: [{ start: '2024-10-01' }] });
        // P5: in care since 2023-12-04 (plan 2024-01-10), placement order 2024-11-04, no match: A2 due 121 days
        // later, 2025-03-05 (26 days over); 483 days in care and not placed: over the A1 threshold of 426.
        await buildChild(db, { id: 'P5' });
        const care = await buildCarePeriodWithEpisodes(db, { child_id: 'P5', episodes: [{ start: '2023-12-04' }] });
        await buildPermanencePlan(db, { child_id: 'P5', plan_date: '2024-01-10', plan: 'adoption' });
        await buildAdoption(db, {
          child_id: 'P5',
          care_period_id: care.period.id,
          decision_date: '2024-06-03',
          placement_order_date: '2024-11-04',
          match_date: null,
          placed_date: null,
        });

        const report = await proceedingsTracker(db, {
          at: AT,
          period: 'fy',
          rules: loadClockRules(),
          actor: 'test',
          via: 'test',
        });
        assert.deepEqual(
          report.cases.map((c) => [c.childId, c.stage, c.stageStarted, c.week, c.expectedEnd]),
          [
            ['P1', 'pre-proceedings', '2024-12-02', 18, '2025-03-24'],
            ['P2', 'proceedings', '2024-09-02', 31, '2025-03-03'],
          ],
        );
        assert.deepEqual(
          report.past26Weeks.map((c) => c.childId),
          ['P2'],
        );
        assert.deepEqual(
          report.prePast16Weeks.map((c) => c.childId),
          ['P1'],
        );
        assert.deepEqual(
          report.prePast3Months.map((c) => c.childId),
          ['P1'],
        );
        assert.deepEqual(
          report.cases[0]?.clocks.map((k) => [k.clockId, k.status, k.daysOver]),
          [
            ['plo-16w', 'overdue', 7],
            ['plo-3m', 'overdue', 29],
          ],
        );
        assert.deepEqual(report.noPermanencePlan, [
          { childId: 'P4', started: '2024-10-01', due: '2025-01-29', daysOver: 61 },
        ]);
        assert.deepEqual(
          report.adoption.map((a) => [a.childId, a.placementOrder, a.matched, a.daysInCare, a.overA1, a.match]),
          [['P5', '2024-11-04', null, 483, true, { due: '2025-03-05', status: 'overdue', daysOver: 26 }]],
        );
        assert.deepEqual(report.duration, {
          cases: 1,
          weeks: 39,
          averageWeeks: 39,
          from: '2024-04-01',
          to: '2025-03-31',
        });
        const audited = await db.query<{ child_id: string }>(
          "SELECT child_id FROM audit_log WHERE entity = 'proceedings-tracker' ORDER BY child_id",
        );
        assert.deepEqual(
          audited.map((a) => a.child_id),
          ['P1', 'P2', 'P4', 'P5'],
        );
      } finally {
        await db.close();
      }
    });
  });
}
