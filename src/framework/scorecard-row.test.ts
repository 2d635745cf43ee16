import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthEnds } from '../calendar/periods.ts';
import { getIndicator } from '../indicators/evaluate.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { FrameworkIndicatorSchema } from './schema.ts';
import { buildRow, seriesDates, targetOn, underlyingWords } from './scorecard-row.ts';

/** A series of results at month-ends, with the given values (null: nothing computed). */
function series(at: string, values: readonly (number | null)[]): IndicatorResult[] {
  return monthEnds(at, values.length).map((date, i) => ({
    id: 'cpp-repeat',
    title: 'Plans that are a second or subsequent plan',
    unit: 'percent',
    polarity: 'L',
    kind: 'period',
    source: 'records',
    at: date,
    period: { from: date, to: date },
    level: { kind: 'council', id: null },
    value: values[i] ?? null,
    numerator: values[i] === null ? null : 1,
    denominator: values[i] === null ? null : 4,
    excluded: 0,
    params: { within: 'ever' },
  }));
}

function row(
  frequency: 'monthly' | 'quarterly' | 'annual',
  at: string,
  values: readonly (number | null)[],
  only?: readonly string[],
) {
  const entry = FrameworkIndicatorSchema.parse({
    id: 'cpp-repeat',
    frequency,
    target: { year: 20, quarters: { Q4: 18 } },
    bands: { green: { lte: 20 }, red: { gt: 20 } },
  });
  return buildRow({
    entry,
    def: getIndicator('cpp-repeat'),
    params: { within: 'ever' },
    unit: 'percent',
    polarity: 'L',
    series: series(at, values).filter((r) => !only || only.includes(r.at)),
    at,
    benchmarks: null,
    commentary: [],
  });
}

describe('buildRow', () => {
  it('takes quarter ends for a quarterly measure and judges direction a quarter and a year back', () => {
    // 24 month-ends to 2025-03-31; quarter ends carry 30, 28, ... and the month-ends between them 99.
    const values = monthEnds('2025-03-31', 24).map((d, i) => (Number(d.slice(5, 7)) % 3 === 0 ? 40 - i : 99));
    const r = row('quarterly', '2025-03-31', values);
    assert.deepEqual(
      r.trend.map((p) => p.at),
      ['2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31'],
    );
    assert.equal(r.current, 17);
    assert.equal(r.target, 18); // Q4's target, not the year's
    assert.equal(r.rag, 'green');
    assert.deepEqual(r.direction, { previous: 'improving', lastYear: 'improving' });
    assert.equal(r.lastYearOutturn, 29);
    assert.equal(r.status, 'up-to-date');
  });

  it('is late when the latest point has no value, missing when none has', () => {
    const late = row('monthly', '2025-03-31', [10, 12, 25, null]);
    assert.deepEqual([late.status, late.lastAvailable, late.current, late.rag], ['late', '2025-02-28', 25, 'red']);
    assert.match(late.note ?? '', /No value for 2025-03-31/);
    const missing = row('monthly', '2025-03-31', [null, null, null]);
    assert.deepEqual([missing.status, missing.current, missing.rag, missing.underlying], ['missing', null, null, null]);
    assert.deepEqual(missing.direction, { previous: null, lastYear: null });
  });
});

describe('seriesDates', () => {
  it('asks the engine for the points of the frequency only', () => {
    assert.equal(seriesDates('monthly', '2026-03-31').length, 24);
    assert.deepEqual(seriesDates('quarterly', '2026-03-31').slice(0, 2), ['2023-06-30', '2023-09-30']);
    assert.equal(seriesDates('quarterly', '2026-03-31').length, 12);
    assert.deepEqual(seriesDates('annual', '2026-03-31'), ['2025-03-31', '2026-03-31']);
    assert.deepEqual(seriesDates('annual', '2025-11-30'), ['2024-03-31', '2025-03-31']);
  });

  it('gives every row the same figures as every month-end of its span', () => {
    // Values differ at every month-end (some missing), so a row that read a date seriesDates leaves out
    // would change. The span: 36 month-ends for a quarterly measure, 24 for the others.
    for (const frequency of ['monthly', 'quarterly', 'annual'] as const)
      for (const at of ['2025-03-31', '2025-08-31', '2025-12-31']) {
        const span = frequency === 'quarterly' ? 36 : 24;
        const values = monthEnds(at, span).map((_, i) => (i % 5 === 4 ? null : 10 + i));
        const points = seriesDates(frequency, at);
        assert.deepEqual(row(frequency, at, values, points), row(frequency, at, values), `${frequency} at ${at}`);
      }
  });
});

describe('a live scorecard', () => {
  it('takes the position on the day as its latest point, judged against the month-end before', () => {
    const at = '2025-06-18';
    assert.deepEqual(seriesDates('monthly', at, true).slice(-2), ['2025-05-31', '2025-06-18']);
    assert.deepEqual(seriesDates('monthly', '2025-05-31', true).slice(-1), ['2025-05-31']);
    const results = [...series('2025-05-31', [30, 25]), { ...series('2025-05-31', [18])[0]!, at }];
    const entry = FrameworkIndicatorSchema.parse({ id: 'cpp-repeat', bands: { green: { lte: 20 }, red: { gt: 20 } } });
    const input = {
      entry,
      def: getIndicator('cpp-repeat'),
      params: { within: 'ever' },
      unit: 'percent' as const,
      polarity: 'L' as const,
      series: results,
      at,
      benchmarks: null,
      commentary: [],
    };
    const live = buildRow({ ...input, live: true });
    assert.deepEqual([live.current, live.lastAvailable, live.rag, live.status], [18, at, 'green', 'up-to-date']);
    assert.equal(live.direction.previous, 'improving');
    const monthEnd = buildRow(input);
    assert.deepEqual([monthEnd.current, monthEnd.lastAvailable, monthEnd.rag], [25, '2025-05-31', 'red']);
  });
});

describe('targetOn', () => {
  const target = { year: 95, quarters: { Q1: 90, '2024-25Q2': 92 }, months: { '2024-12': 94 } };
  it('prefers the month, then the quarter of that year or any year, then the year', () => {
    assert.equal(targetOn(target, '2024-12-31'), 94);
    assert.equal(targetOn(target, '2024-09-30'), 92);
    assert.equal(targetOn(target, '2025-09-30'), 95); // 2025-26Q2 has no target of its own
    assert.equal(targetOn(target, '2031-06-30'), 90);
    assert.equal(targetOn(undefined, '2024-12-31'), null);
  });
});

describe('underlyingWords', () => {
  const result = series('2025-03-31', [25])[0]!;
  it('fills the template, or a generic one by unit', () => {
    assert.equal(underlyingWords('{numerator} of {denominator} ({value}%)', 'percent', result), '1 of 4 (25%)');
    assert.equal(underlyingWords(undefined, 'percent', result), '1 out of 4');
    assert.equal(underlyingWords(undefined, 'count', result), null);
    assert.equal(underlyingWords('{numerator} of {denominator}', 'percent', { ...result, numerator: null }), null);
  });
});
