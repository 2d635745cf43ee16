import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LineForecast } from './budget.ts';
import type { DemandForecast } from './demand.ts';
import { growthFromDemand } from './growth.ts';

const line = (name: string, types: string[], open: number, committed: number): LineForecast => ({
  line: name,
  budget: 0,
  placementTypes: types,
  openPlacements: open,
  spentToDate: 0,
  committed,
  expectedGrowth: 0,
  projectedOutturn: 0,
  variance: 0,
});

describe('expected growth from the demand forecast', () => {
  test("each line's share of its group's forecast change, at its mean weekly cost, for the months left", () => {
    // 2025-01-31 to 2025-03-31: 59 days. In-house fostering: 3 of the 4 foster placements, committed
    // £5,310 over 59/7 weeks, so £210 a week each; independent fostering the 4th at £1,180/(59/7) = £140.
    const lines = [
      line('In-house', ['U4', 'U5'], 3, 5310),
      line('Independent', ['U6'], 1, 1180),
      line('Staffing', [], 0, 0),
    ];
    const byPlacement = (foster: number) => ({ foster, residential: 0, other: 0 });
    const demand: DemandForecast = {
      laCode: '990',
      at: '2025-01-31',
      now: { total: 4, byAgeBand: {}, byPlacement: byPlacement(4) },
      model: { entriesPerMonth: 0, leavingPerMonth: 0 },
      months: [
        // +2 foster in February (28 days = 4 weeks), +4 in March (31 days); April is after the year end.
        { at: '2025-02-28', total: 6, low: 6, high: 6, byAgeBand: {}, byPlacement: byPlacement(6) },
        { at: '2025-03-31', total: 8, low: 8, high: 8, byAgeBand: {}, byPlacement: byPlacement(8) },
        { at: '2025-04-30', total: 20, low: 20, high: 20, byAgeBand: {}, byPlacement: byPlacement(20) },
      ],
    };
    const growth = growthFromDemand(lines, demand, '2025-03-31');
    // In-house: 0.75 x (2 x 210 x 4 + 4 x 210 x 31/7) = 0.75 x (1680 + 3720) = 4050.
    // Independent: 0.25 x (2 x 140 x 4 + 4 x 140 x 31/7) = 0.25 x (1120 + 2480) = 900.
    assert.deepEqual(growth, { 'In-house': 4050, Independent: 900 });
  });
});
