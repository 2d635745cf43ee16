import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIndicatorRequest, IndicatorRequestError } from './request.ts';
import { resolveWindows } from './scope.ts';

describe('resolveWindows', () => {
  it('takes the dates given, in order and once each, each with its own window', () => {
    const request = parseIndicatorRequest({
      at: '2026-03-31',
      period: 'quarter',
      dates: ['2026-03-31', '2025-12-31', '2026-03-31'],
    });
    const windows = resolveWindows(request);
    assert.deepEqual(
      windows.map((w) => [w.at, w.from, w.to]),
      [
        ['2025-12-31', '2025-10-01', '2025-12-31'],
        ['2026-03-31', '2026-01-01', '2026-03-31'],
      ],
    );
  });

  it('refuses dates with a series, and dates with a fixed range', () => {
    assert.throws(
      () => parseIndicatorRequest({ at: '2026-03-31', series: 3, dates: ['2026-03-31'] }),
      (error: unknown) => error instanceof IndicatorRequestError && /dates: give series or dates/.test(error.message),
    );
    const range = parseIndicatorRequest({ at: '2026-03-31', period: '2025-04-01..2026-03-31', dates: ['2026-03-31'] });
    assert.throws(() => resolveWindows(range), IndicatorRequestError);
    assert.throws(() => parseIndicatorRequest({ at: '2026-03-31', dates: ['2026-02-30'] }), IndicatorRequestError);
  });
});
