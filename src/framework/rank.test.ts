import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quartileOf, rankAmong } from './rank.ts';

const eight = [10, 20, 30, 40, 50, 60, 70, 80];

describe('rankAmong', () => {
  it('ranks by polarity: 1 is the best', () => {
    assert.deepEqual(rankAmong(80, eight, 'H'), { rank: 1, of: 8, quartile: 1 });
    assert.deepEqual(rankAmong(80, eight, 'L'), { rank: 8, of: 8, quartile: 4 });
    assert.deepEqual(rankAmong(10, eight, 'L'), { rank: 1, of: 8, quartile: 1 });
  });
  it('puts the quartile edges where a quarter of the councils ends', () => {
    assert.equal(rankAmong(70, eight, 'H')?.quartile, 1); // rank 2 of 8
    assert.equal(rankAmong(60, eight, 'H')?.quartile, 2); // rank 3 of 8
    assert.equal(rankAmong(40, eight, 'H')?.quartile, 3); // rank 5 of 8
    assert.equal(rankAmong(20, eight, 'H')?.quartile, 4); // rank 7 of 8
  });
  it('gives tied councils the better rank', () => {
    const tied = [5, 7, 7, 9];
    assert.deepEqual(rankAmong(7, tied, 'H'), { rank: 2, of: 4, quartile: 2 });
    assert.deepEqual(rankAmong(7, tied, 'L'), { rank: 2, of: 4, quartile: 2 });
    assert.equal(rankAmong(9, tied, 'L')?.rank, 4);
  });
  it('leaves out missing figures and gives no rank for a missing value or no polarity', () => {
    assert.deepEqual(rankAmong(30, [null, 10, 30, null, 20], 'H'), { rank: 1, of: 3, quartile: 1 });
    assert.equal(rankAmong(null, eight, 'H'), null);
    assert.equal(rankAmong(35, eight, 'H'), null); // not among the published figures
    assert.equal(rankAmong(30, eight, 'N'), null);
  });
});

describe('quartileOf', () => {
  it('splits 152 councils into quarters of 38', () => {
    assert.equal(quartileOf(38, 152), 1);
    assert.equal(quartileOf(39, 152), 2);
    assert.equal(quartileOf(114, 152), 3);
    assert.equal(quartileOf(115, 152), 4);
    assert.equal(quartileOf(152, 152), 4);
    assert.equal(quartileOf(1, 1), 1);
  });
  it('refuses a rank outside the list', () => {
    assert.throws(() => quartileOf(0, 10));
    assert.throws(() => quartileOf(11, 10));
  });
});
