import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildCareProceedings, buildChild, buildCouncil } from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import { preProceedings3m, proceedingsDuration, proceedingsOutcomes, proceedingsWithin26wk } from './proceedings.ts';

const FY = { at: '2025-03-31', period: 'fy' }; // 2024-04-01 .. 2025-03-31

for (const backend of testBackends()) {
  describe(`care proceedings on ${backend.name}`, () => {
    test('duration in weeks, the 26-week limit, Cafcass bands and outcomes', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const concluded = async (id: string, issue_date: string, final_order_date: string, final_order: string) => {
          await buildChild(db, { id });
          await buildCareProceedings(db, {
            child_id: id,
            pre_proceedings_start: null,
            pre_proceedings_end: null,
            issue_date,
            final_order_date,
            final_order,
          });
        };
        await concluded('PR1', '2024-01-01', '2024-07-01', 'care_order'); // 182 days = 26 weeks exactly: within
        await concluded('PR2', '2024-01-01', '2024-07-02', 'sgo'); // 183 days: band 27-29
        await concluded('PR3', '2023-10-01', '2024-04-30', 'care_and_placement_order'); // 212 days: 30+
        await concluded('PR4', '2023-10-01', '2024-03-31', 'care_order'); // the day before the window
        await concluded('PR5', '2024-12-02', '2025-03-31', 'no_order'); // 119 days, on the last day

        // Mean: (182 + 183 + 212 + 119) / 7 / 4 = 696 / 28 = 24.857 weeks.
        const duration = await evaluateOne(db, proceedingsDuration, FY);
        assert.equal(duration.denominator, 4);
        assert.equal(duration.value, 24.8571);
        const bands = Object.fromEntries((duration.breakdown ?? []).map((b) => [b.category, b.denominator]));
        assert.deepEqual(bands, { '26-or-less': 2, '27-29': 1, '30-plus': 1 });
        // Within 26 weeks: PR1, PR5 of 4.
        const within = await evaluateOne(db, proceedingsWithin26wk, FY);
        assert.deepEqual(subjects(within), { numerator: ['PR1', 'PR5'], denominator: ['PR1', 'PR2', 'PR3', 'PR5'] });
        // Outcomes: one each of four orders.
        const outcomes = await evaluateOne(db, proceedingsOutcomes, FY);
        assert.equal(outcomes.numerator, 4);
        const byOrder = Object.fromEntries(
          (outcomes.breakdown ?? []).filter((b) => b.numerator > 0).map((b) => [b.category, b.numerator]),
        );
        assert.deepEqual(byOrder, { care_order: 1, care_and_placement_order: 1, sgo: 1, no_order: 1 });
      } finally {
        await db.close();
      }
    });

    test('children in pre-proceedings for 3 months or more at the date', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const pre = async (id: string, start: string, end: string | null, issue: string | null) => {
          await buildChild(db, { id });
          await buildCareProceedings(db, {
            child_id: id,
            pre_proceedings_start: start,
            pre_proceedings_end: end,
            issue_date: issue,
          });
        };
        await pre('Q1', '2024-12-31', null, null); // exactly 3 months before 2025-03-31
        await pre('Q2', '2025-01-01', null, null); // a day short: open, not counted
        await pre('Q3', '2024-06-01', '2025-03-31', null); // ended on the date: not open
        await pre('Q4', '2024-06-01', null, '2024-09-01'); // proceedings issued: no longer pre-proceedings
        await pre('Q5', '2024-06-01', null, null);
        const result = await evaluateOne(db, preProceedings3m, { at: '2025-03-31' });
        assert.deepEqual(subjects(result), { numerator: ['Q1', 'Q5'], denominator: ['Q1', 'Q2', 'Q5'] });
        assert.equal(result.value, 2);
      } finally {
        await db.close();
      }
    });
  });
}
