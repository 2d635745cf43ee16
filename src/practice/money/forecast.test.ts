import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths } from '../../calendar/dates.ts';
import { monthEndOf } from '../../calendar/periods.ts';
import { backtestSnapshots } from './backtest.ts';
import { fitModel, STATES } from './demand.ts';
import { anchor, combinedForecast } from './forecast.ts';

const foster = STATES.indexOf('10-15 foster');
const resi = STATES.indexOf('10-15 residential');
const START = '2020-01-31';
const monthEnd = (m: number) => monthEndOf(addMonths(START, m));

/**
 * Month-end snapshots of children who each enter '10-15 foster' and stay a number of months:
 * `entries(m)` children enter in month m (from month `-prefill`, so the stock can start full), the i-th
 * of them staying `stay(m, i)` months.
 */
function history(months: number, entries: (m: number) => number, stay: (m: number, i: number) => number, prefill = 0) {
  const snapshots = new Map<string, Map<string, number>>();
  const children: Array<{ id: string; from: number; stay: number }> = [];
  for (let m = -prefill; m < months; m++) {
    for (let i = 0; i < entries(m); i++) children.push({ id: `c${m}-${i}`, from: m, stay: stay(m, i) });
    if (m >= 0)
      snapshots.set(monthEnd(m), new Map(children.filter((c) => m - c.from < c.stay).map((c) => [c.id, foster])));
  }
  return snapshots;
}

const request = (months: number) => ({ laCode: '990', historyFrom: START, at: monthEnd(months - 1) });
const byHorizon = (r: ReturnType<typeof backtestSnapshots>, h: number) => r.horizons.find((x) => x.months === h)!;

describe('demand forecast (anchored, shrunk, combined)', () => {
  test('a growing stock: the forecast follows the growth and beats the naive one', () => {
    // 4 children a month enter and stay 5 years: the stock grows by 4 a month throughout.
    const result = backtestSnapshots(
      history(
        60,
        () => 4,
        () => 60,
      ),
      request(60),
    );
    for (const h of [6, 12]) {
      const { model, naive } = byHorizon(result, h);
      assert.ok(model.totalMape < naive.totalMape / 2, `+${h}: ${model.totalMape} vs ${naive.totalMape}`);
    }
    const last = combinedForecast(
      history(
        48,
        () => 4,
        () => 60,
      ),
      monthEnd(47),
      6,
    );
    assert.equal(last.weights.total, 1);
    assert.equal(Math.round(last.path[5]!.reduce((a, b) => a + b, 0)), 192 + 24);
  });

  test('a steady stock with noisy entries: no drift, within a small margin of the naive forecast', () => {
    // 3 to 7 children a month (5 on average) stay 16 to 24 months (20 on average), from a full stock:
    // the stock hovers around 100.
    const entries = (m: number) => 3 + (((m + 50) * 7) % 5);
    const result = backtestSnapshots(
      history(60, entries, (m, i) => 16 + (((m + 50) * 3 + i * 5) % 9), 30),
      request(60),
    );
    for (const h of [6, 12]) {
      const { model, naive } = byHorizon(result, h);
      assert.ok(model.totalMape <= naive.totalMape + 1, `+${h}: ${model.totalMape} vs ${naive.totalMape}`);
    }
  });

  test('shrinkage pulls a state seen for a few child-months toward its band and leaves a large one', () => {
    // 10-15 foster: 100 child-months, 10 leaving; 10-15 residential: 1 child-month, leaving.
    const before = new Map<string, number>([
      ...Array.from({ length: 100 }, (_, i) => [`f${i}`, foster] as const),
      ['r', resi],
    ]);
    const after = new Map<string, number>(Array.from({ length: 90 }, (_, i) => [`f${i}`, foster] as const));
    const raw = fitModel([before, after]);
    assert.equal(raw.transitions[resi]![STATES.length], 1);
    const shrunk = fitModel([before, after], { shrinkage: 60 });
    const pooled = 11 / 101;
    assert.ok(Math.abs(shrunk.transitions[resi]![STATES.length]! - (1 + 60 * pooled) / 61) < 1e-9);
    assert.ok(shrunk.transitions[resi]![STATES.length]! < 0.2);
    assert.ok(Math.abs(shrunk.transitions[foster]![STATES.length]! - 0.1) < 0.01);
    for (const row of shrunk.transitions) assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    // A state nobody was in leaves at its band's rate rather than never.
    const empty = STATES.indexOf('10-15 other');
    assert.ok(Math.abs(shrunk.transitions[empty]![STATES.length]! - pooled) < 1e-9);
  });

  test('anchoring: weight 0 is the naive forecast, weight 1 the model', () => {
    const stock = STATES.map((_, s) => (s === foster ? 10 : 0));
    const raw = [STATES.map((_, s) => (s === foster ? 12 : s === resi ? 8 : 0))];
    assert.deepEqual(anchor(stock, raw, 0, 0), [stock]);
    assert.deepEqual(anchor(stock, raw, 1, 1), raw);
    const [half] = anchor(stock, raw, 0.5, 0);
    assert.equal(half![foster], 15);
  });

  test('no look-ahead: changing the history after an origin never changes the forecast made there', () => {
    const base = history(
      48,
      (m) => 2 + (m % 4),
      () => 30,
    );
    const changed = new Map(base);
    const cut = monthEnd(30);
    for (const [date, states] of base)
      if (date > cut) changed.set(date, new Map([...states].slice(0, states.size / 2)));
    const a = backtestSnapshots(base, request(48));
    const b = backtestSnapshots(changed, request(48));
    const upTo = (r: typeof a) => r.detail.filter((d) => d.origin <= cut);
    assert.ok(upTo(a).length > 0);
    assert.deepEqual(
      upTo(a).map((d) => [d.model, d.stockFlow, d.low, d.high]),
      upTo(b).map((d) => [d.model, d.stockFlow, d.low, d.high]),
    );
    // The actuals did change: the test could fail.
    assert.notDeepEqual(
      upTo(a).map((d) => d.actual),
      upTo(b).map((d) => d.actual),
    );
  });
});
