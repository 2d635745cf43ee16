import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf } from './direction.ts';

describe('directionOf', () => {
  it('judges a rise by polarity', () => {
    assert.equal(directionOf(97.3, 91.2, 'H', 'percent'), 'improving');
    assert.equal(directionOf(97.3, 91.2, 'L', 'percent'), 'worsening');
    assert.equal(directionOf(527, 597, 'L', 'days'), 'improving');
    assert.equal(directionOf(527, 597, 'H', 'days'), 'worsening');
  });
  it('calls a change within the noise tolerance no change, at its edge too', () => {
    assert.equal(directionOf(96.6, 96.5, 'H', 'percent'), 'no-change');
    assert.equal(directionOf(97, 96, 'H', 'percent'), 'no-change'); // exactly one point: the edge
    assert.equal(directionOf(97.01, 96, 'H', 'percent'), 'improving');
    assert.equal(directionOf(24, 22, 'L', 'ratio', 2), 'no-change');
    assert.equal(directionOf(24.1, 22, 'L', 'ratio', 2), 'worsening');
    assert.equal(directionOf(50, 50, 'H', 'count'), 'no-change');
  });
  it('gives no direction for a missing value or a measure with no better direction', () => {
    assert.equal(directionOf(null, 50, 'H', 'percent'), null);
    assert.equal(directionOf(50, null, 'L', 'percent'), null);
    assert.equal(directionOf(3353, 5000, 'N', 'count'), null);
  });
});
