import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { upnCheckLetter } from '../codes/upn.ts';
import { isValidUpn, makeUpn } from './identity.ts';
import { Random, RoundRobin, Share } from './random.ts';

describe('UPN check letter (DfE algorithm: weights 2-13, remainder mod 23)', () => {
  test('worked examples', () => {
    // 1 x 13 = 13 -> the 14th letter of ABCDEFGHJKLMNPQRTUVWXYZ, P.
    assert.equal(upnCheckLetter('000000000001'), 'P');
    // 9x2 + 2x3 + 9x4 + 1x5 + 2x6 + 3x7 + 4x8 + 1x9 + 9x10 + 0 + 0 + 1x13 = 242; 242 mod 23 = 12 -> N.
    assert.equal(upnCheckLetter('929123419001'), 'N');
    assert.ok(isValidUpn('N929123419001'));
    assert.ok(!isValidUpn('A929123419001'));
  });
  test('a letter in position 13 (temporary UPN) counts as its alphabet index', () => {
    // Body ends in A (0): 9x2 + 2x3 + 9x4 + 1x5 + 2x6 + 3x7 + 4x8 + 1x9 + 9x10 = 229; 229 mod 23 = 22 -> Z.
    assert.equal(upnCheckLetter('92912341900A'), 'Z');
  });
  test('rejects malformed bodies', () => {
    assert.throws(() => upnCheckLetter('12345'));
  });
  test('generated UPNs are valid and carry the LA code', () => {
    const random = new Random(3);
    for (let i = 0; i < 500; i++) {
      const upn = makeUpn(random, '990', 2015);
      assert.ok(isValidUpn(upn), upn);
      assert.equal(upn.slice(1, 4), '990');
      assert.equal(upn.slice(8, 10), '15');
    }
  });
});

describe('random', () => {
  test('the same seed gives the same sequence; another seed another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    assert.deepEqual(
      seqA,
      Array.from({ length: 20 }, () => b.next()),
    );
    assert.notDeepEqual(
      seqA,
      Array.from({ length: 20 }, () => c.next()),
    );
    assert.ok(seqA.every((x) => x >= 0 && x < 1));
  });
  test('Share hits an exact proportion', () => {
    const share = new Share(new Random(1));
    let hits = 0;
    for (let i = 0; i < 1000; i++) if (share.hit(0.237)) hits++;
    assert.ok(Math.abs(hits - 237) <= 1, String(hits));
  });
  test('RoundRobin picks in proportion to weight', () => {
    const rr = new RoundRobin<string>();
    const counts: Record<string, number> = {};
    for (let i = 0; i < 1000; i++) {
      const pick = rr.pick([
        ['a', 0.5],
        ['b', 0.3],
        ['c', 0.2],
      ]);
      counts[pick] = (counts[pick] ?? 0) + 1;
    }
    assert.deepEqual(counts, { a: 500, b: 300, c: 200 });
  });
});
