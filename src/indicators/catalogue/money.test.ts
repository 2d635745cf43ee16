import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildBudgetLine,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCouncil,
  buildMeasureValue,
} from '../../records/factories.ts';
import { evaluateOne } from '../testing.ts';
import { budgetOutturn, serviceResources } from './money.ts';

const AT = '2024-09-30'; // financial year 2024-25: 2024-04-01 .. 2025-03-31

for (const backend of testBackends()) {
  describe(`money on ${backend.name}`, () => {
    test('budget against outturn projected from placements and expected growth', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildBudgetLine(db, {
          line: 'IFA',
          budget: 100_000,
          placement_types: ['U4', 'U5', 'U6'],
          placement_providers: ['PR4', 'PR5'],
          expected_growth: 5000,
        });
        await buildBudgetLine(db, {
          line: 'Residential',
          budget: 200_000,
          placement_types: ['K2'],
          placement_providers: [],
          expected_growth: 0,
        });
        await buildBudgetLine(db, {
          line: 'Staffing',
          budget: 50_000,
          placement_types: [],
          placement_providers: [],
          expected_growth: 2000,
        });
        await buildBudgetLine(db, { line: 'IFA', financial_year: 2023, budget: 999_999 }); // another year: ignored
        const placed = async (
          id: string,
          episode: Parameters<typeof buildCarePeriodWithEpisodes>[1]['episodes'][number],
          end?: string,
        ) => {
          await buildChild(db, { id });
          await buildCarePeriodWithEpisodes(db, { child_id: id, episodes: [episode], ...(end ? { end } : {}) });
        };
        // P1: IFA foster (U6, PR4) at 700 a week since 2024-01-01, open: the whole year, 365 days = 36,500.
        await placed('P1', { start: '2024-01-01', placement_type: 'U6', provider: 'PR4', weekly_cost: 700 });
        // P2: in-house foster (PR1): on no line.
        await placed('P2', { start: '2024-01-01', placement_type: 'U4', provider: 'PR1', weekly_cost: 300 });
        // P3: children's home 2024-07-01 to 2024-08-12, 42 days at 3,500 = 21,000.
        await placed(
          'P3',
          { start: '2024-07-01', placement_type: 'K2', provider: 'PR4', weekly_cost: 3500 },
          '2024-08-12',
        );
        // P4: children's home from the reference date, open: 183 days to 31 March at 1,400 = 36,600.
        await placed('P4', { start: '2024-09-30', placement_type: 'K2', provider: 'PR1', weekly_cost: 1400 });
        // P5: starts the day after the reference date: not yet a commitment.
        await placed('P5', { start: '2024-10-01', placement_type: 'K2', provider: 'PR1', weekly_cost: 1400 });
        // P6: IFA placement that ended on 2024-04-01: no day in the year.
        await placed(
          'P6',
          { start: '2023-01-01', placement_type: 'U5', provider: 'PR5', weekly_cost: 1000 },
          '2024-04-01',
        );

        // Outturn: IFA 36,500 + 5,000 = 41,500; residential 21,000 + 36,600 = 57,600; staffing 50,000 + 2,000.
        const outturn = await evaluateOne(db, budgetOutturn, { at: AT, params: { show: 'outturn' } });
        assert.equal(outturn.value, 151_100);
        const byLine = Object.fromEntries((outturn.breakdown ?? []).map((b) => [b.category, b.value]));
        assert.deepEqual(byLine, { IFA: 41_500, Residential: 57_600, Staffing: 52_000 });
        // Variance = outturn - budget: 151,100 - 350,000.
        const variance = await evaluateOne(db, budgetOutturn, { at: AT });
        assert.equal(variance.value, -198_900);
        const budget = await evaluateOne(db, budgetOutturn, { at: AT, params: { show: 'budget' } });
        assert.equal(budget.value, 350_000);
      } finally {
        await db.close();
      }
    });

    test('service resources are read from entered values', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildMeasureValue(db, {
          indicator_id: 'service-resources',
          period_from: '2024-04-01',
          period_to: '2024-06-30',
          value: 1_250_000,
          numerator: null,
          denominator: null,
        });
        await buildMeasureValue(db, {
          indicator_id: 'service-resources',
          period_from: '2024-07-01',
          period_to: '2024-09-30',
          value: 1_300_000,
          numerator: null,
          denominator: null,
        });
        const result = await evaluateOne(db, serviceResources, { at: '2024-09-30', period: 'ytd' });
        assert.equal(result.value, 1_300_000); // the latest entry in the window
      } finally {
        await db.close();
      }
    });
  });
}
