import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import { buildBudgetLine, buildCarePeriodWithEpisodes, buildChild, buildCouncil } from '../../records/factories.ts';
import { budgetForecast, forecastDates } from './budget.ts';

describe('budget forecast dates', () => {
  test('the month-ends of the financial year before the date, then the date', () => {
    assert.deepEqual(forecastDates('2024-06-15'), ['2024-04-30', '2024-05-31', '2024-06-15']);
    assert.deepEqual(forecastDates('2025-01-31'), [
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
    ]);
  });
});

for (const backend of testBackends()) {
  describe(`budget forecast on ${backend.name}`, () => {
    test('spend to date, commitments to the year end, growth, outturn, variance and the movement', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildBudgetLine(db, {
          financial_year: 2024,
          line: 'Fostering',
          budget: '50000',
          expected_growth: '1000',
          placement_types: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
          placement_providers: [],
        } as never);
        await buildBudgetLine(db, {
          financial_year: 2024,
          line: 'Staffing',
          budget: '100000',
          expected_growth: '2000',
          placement_types: [],
          placement_providers: [],
        } as never);
        // A: in a U6 foster placement at £700 a week since before the year, still open.
        await buildChild(db, { id: 'A' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'A',
          episodes: [{ start: '2024-03-01', placement_type: 'U6', weekly_cost: 700 }],
        });
        // B: U4 at £350 a week from 2024-06-03 to 2024-09-02: 91 days.
        await buildChild(db, { id: 'B' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'B',
          episodes: [{ start: '2024-06-03', placement_type: 'U4', weekly_cost: 350 }],
          end: '2024-09-02',
        });
        // R1 is on no line.
        await buildChild(db, { id: 'C' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'C',
          episodes: [{ start: '2024-05-01', placement_type: 'R1', weekly_cost: 5000 }],
        });

        const b = await budgetForecast(db, { at: '2024-10-31' });
        assert.equal(b.financialYear, '2024-25');
        // A: 214 days to date (£21,400) and 151 days to 31 March (£15,100); B: 91 days (£4,550).
        assert.deepEqual(b.lines[0], {
          line: 'Fostering',
          budget: 50000,
          placementTypes: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
          openPlacements: 1,
          spentToDate: 25950,
          committed: 15100,
          expectedGrowth: 1000,
          projectedOutturn: 42050,
          variance: -7950,
        });
        assert.deepEqual([b.lines[1]!.projectedOutturn, b.lines[1]!.variance], [102000, 2000]);
        assert.equal(b.total.projectedOutturn, 144050);
        // At 30 April only A: 30 days spent (£3,000) and 335 committed (£33,500), plus growth.
        assert.deepEqual(b.movement[0], {
          at: '2024-04-30',
          lines: [
            { line: 'Fostering', projectedOutturn: 37500, variance: -12500 },
            { line: 'Staffing', projectedOutturn: 102000, variance: 2000 },
          ],
        });
        assert.equal(b.movement.length, 7);
        // Growth given per line (from the demand forecast) replaces the line's own.
        const grown = await budgetForecast(db, { at: '2024-10-31', growth: { Fostering: 5000 } });
        assert.equal(grown.lines[0]!.projectedOutturn, 46050);
        // The same outturn as the budget-outturn indicator, whose placements all ended or are open here.
        const [indicator] = await evaluateIndicators(db, {
          ids: ['budget-outturn'],
          at: '2024-10-31',
          params: { 'budget-outturn': { show: 'outturn' } },
        });
        assert.equal(Math.round(indicator!.value ?? 0), b.total.projectedOutturn);
        await assert.rejects(budgetForecast(db, { at: '2026-01-01' }), /no budget lines for 2025-26/);
      } finally {
        await db.close();
      }
    });
  });
}
