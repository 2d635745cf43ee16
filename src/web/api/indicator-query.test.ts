// The API's limits on an indicator request, checked before the store is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndicatorQuery } from './indicator-query.ts';
import { DEFAULT_LIMITS, RequestLimitError } from '../limits.ts';

function refusal(query: Record<string, string[]>): { field: string; message: string } {
  try {
    parseIndicatorQuery(query, DEFAULT_LIMITS);
  } catch (error) {
    assert.ok(error instanceof RequestLimitError);
    return { field: error.field, message: error.message };
  }
  assert.fail('the query was accepted');
}

test('a page-sized request passes through as the indicator request', () => {
  const request = parseIndicatorQuery(
    {
      at: ['2026-11-30'],
      id: ['cpp-at-date', 'cin-at-date'],
      series: ['24'],
      level: ['team'],
      'param.cpp-repeat.within': ['24-months'],
    },
    DEFAULT_LIMITS,
  );
  assert.deepEqual(request, {
    at: '2026-11-30',
    level: 'team',
    ids: ['cpp-at-date', 'cin-at-date'],
    series: 24,
    params: { 'cpp-repeat': { within: '24-months' } },
  });
  assert.deepEqual(
    parseIndicatorQuery({ at: ['2026-11-30'], level: ['worker:W12'] }, DEFAULT_LIMITS).level,
    'worker:W12',
  );
});

test('series beyond two years, every worker at once, too many ids, repeated and unknown fields are refused by name', () => {
  assert.deepEqual(refusal({ at: ['2026-11-30'], series: ['240'] }), {
    field: 'series',
    message: 'series: between 1 and 24 month-ends per request, got 240.',
  });
  assert.equal(refusal({ at: ['2026-11-30'], series: ['0'] }).field, 'series');
  assert.equal(refusal({ at: ['2026-11-30'], series: ['12x'] }).field, 'series');
  assert.match(
    refusal({ at: ['2026-11-30'], level: ['worker'] }).message,
    /^level: figures for every worker at once are not available over the API/,
  );
  assert.equal(refusal({ at: ['2026-11-30'], id: Array.from({ length: 101 }, (_, i) => `id-${i}`) }).field, 'id');
  assert.deepEqual(refusal({ at: ['2026-11-30', '2026-10-31'] }), {
    field: 'at',
    message: 'at is given 2 times; give it once.',
  });
  assert.equal(refusal({ at: ['2026-11-30'], sql: ['DROP TABLE child'] }).field, 'sql');
});
