import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { yesNo } from './cells.ts';

describe('cells', () => {
  test('yes/no accepts the schema values only', () => {
    assert.deepEqual(['TRUE', '1', 'false', '0', 'yes', null].map(yesNo), [true, true, false, false, null, null]);
  });
});
