import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate } from './dates.ts';

describe('dates', () => {
  test('dates are strict yyyy-mm-dd that exist', () => {
    assert.equal(isoDate('2024-02-29'), '2024-02-29');
    assert.equal(isoDate('2023-02-29'), null);
    assert.equal(isoDate('2024-13-01'), null);
    assert.equal(isoDate('31/03/2024'), null);
  });
});
