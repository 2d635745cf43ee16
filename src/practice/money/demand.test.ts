import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildCarePeriodWithEpisodes, buildChild, buildCouncil } from '../../records/factories.ts';
import { backtestOrigins } from './backtest.ts';
import { demandForecast, fitModel, project, simulateBand, STATES, statesAt, stockOf } from './demand.ts';

const state = (name: string) => STATES.indexOf(name);

describe('stock-flow model', () => {
  test('transitions, exits and entries from consecutive snapshots, then the projection', () => {
    const foster = state('10-15 foster');
    const resi = state('10-15 residential');
    // Month 0: a, b, c, d in foster. Month 1: a, b stay, c moves to residential, d leaves, e enters foster.
    const m0 = new Map([
      ['a', foster],
      ['b', foster],
      ['c', foster],
      ['d', foster],
    ]);
    const m1 = new Map([
      ['a', foster],
      ['b', foster],
      ['c', resi],
      ['e', foster],
    ]);
    const model = fitModel([m0, m1]);
    assert.deepEqual(
      model.transitions[foster]!.filter((p) => p > 0),
      [0.5, 0.25, 0.25],
    );
    assert.equal(model.transitions[foster]![STATES.length], 0.25);
    // Residential: nobody was in it, so whoever arrives stays.
    assert.equal(model.transitions[resi]![resi], 1);
    assert.equal(model.entries[foster], 1);
    // From 4 in foster: 4 x 0.5 + 1 entry = 3 in foster, 1 in residential.
    const [next] = project(model, stockOf(m0), 1);
    assert.equal(next![foster], 3);
    assert.equal(next![resi], 1);
    // The simulated band holds the expected total and is the same on every run (fixed seed).
    const band = simulateBand(model, stockOf(m0), 3);
    assert.deepEqual(band, simulateBand(model, stockOf(m0), 3));
    assert.ok(band[0]!.low <= 4 && band[0]!.high >= 4);
  });

  test('backtest origins need 12 months before and 12 after', () => {
    assert.deepEqual(backtestOrigins('2023-03-31', '2025-05-31'), ['2024-03-31', '2024-04-30', '2024-05-31']);
    assert.deepEqual(backtestOrigins('2023-03-31', '2025-02-28'), []);
  });
});

for (const backend of testBackends()) {
  describe(`demand states on ${backend.name}`, () => {
    test('each child looked after at a date by age band and placement group; short breaks left out', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildChild(db, { id: 'F', date_of_birth: '2012-05-01' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'F',
          episodes: [{ start: '2024-01-10', placement_type: 'U4' }],
        });
        // Turns 16 on 2024-06-01: 10-15 at the end of May, 16-17 at the end of June; residential.
        await buildChild(db, { id: 'R', date_of_birth: '2008-06-01' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'R',
          episodes: [{ start: '2024-02-01', placement_type: 'R1' }],
        });
        // Left care on 2024-06-30: not looked after at the end of that day.
        await buildChild(db, { id: 'L', date_of_birth: '2020-01-01' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'L',
          episodes: [{ start: '2024-03-01', placement_type: 'P1' }],
          end: '2024-06-30',
        });
        await buildChild(db, { id: 'S', date_of_birth: '2015-01-01' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'S',
          episodes: [{ start: '2024-03-01', placement_type: 'U6', legal_status: 'V3' }],
        });
        const states = await statesAt(db, '990', ['2024-05-31', '2024-06-30']);
        const named = (d: string) => Object.fromEntries([...states.get(d)!].map(([c, s]) => [c, STATES[s]]));
        assert.deepEqual(named('2024-05-31'), { F: '10-15 foster', L: '0-4 other', R: '10-15 residential' });
        assert.deepEqual(named('2024-06-30'), { F: '10-15 foster', R: '16-17 residential' });
        // The forecast: anchored on the stock at the date, with weights learnt from the earlier origins
        // whose outcome 3, 6 or 12 months on is known by the date and has children looked after (the
        // first came into care on 2024-01-10): month-ends 2023-01 to 2024-02 except 2023-06, whose targets
        // (2023-09, 2023-12, 2024-06) fall before the first child came in or after the date.
        const forecast = await demandForecast(db, { laCode: '990', at: '2024-05-31', months: 6 });
        assert.equal(forecast.now.total, 3);
        assert.equal(forecast.months.length, 6);
        assert.equal(forecast.method?.weights.origins, 13);
        assert.ok(forecast.months.every((m) => m.low <= m.total && m.total <= m.high && m.modelTotal !== undefined));
      } finally {
        await db.close();
      }
    });
  });
}
