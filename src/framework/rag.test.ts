import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandsInWords, checkBands, ragOf } from './rag.ts';
import type { ThresholdBands } from './schema.ts';

// Seed 002, table 1: "Green: >=95% Amber: 90% - 94% Red: <= 89%", written edge to edge.
const timeliness: ThresholdBands = { green: { gte: 95 }, amber: { gte: 90, lt: 95 }, red: { lt: 90 } };
// Seed 002, table 3 (A1): "Green: <=593 Red: >593", lower is better.
const adoptionA1: ThresholdBands = { green: { lte: 593 }, red: { gt: 593 } };

describe('ragOf with thresholds', () => {
  it('puts each edge in the band that includes it, higher is better', () => {
    assert.equal(ragOf(95, timeliness, null, 'H'), 'green');
    assert.equal(ragOf(94.99, timeliness, null, 'H'), 'amber');
    assert.equal(ragOf(90, timeliness, null, 'H'), 'amber');
    assert.equal(ragOf(89.99, timeliness, null, 'H'), 'red');
    assert.equal(ragOf(0, timeliness, null, 'H'), 'red');
    assert.equal(ragOf(100, timeliness, null, 'H'), 'green');
  });
  it('puts each edge in the band that includes it, lower is better', () => {
    assert.equal(ragOf(593, adoptionA1, null, 'L'), 'green');
    assert.equal(ragOf(593.5, adoptionA1, null, 'L'), 'red');
    assert.equal(ragOf(0, adoptionA1, null, 'L'), 'green');
  });
  it('gives no RAG for a missing value or missing bands', () => {
    assert.equal(ragOf(null, timeliness, 95, 'H'), null);
    assert.equal(ragOf(Number.NaN, timeliness, 95, 'H'), null);
    assert.equal(ragOf(96, undefined, 95, 'H'), null);
  });
});

describe('ragOf with a tolerance around the target', () => {
  it('is green on target, amber within the tolerance, red beyond (higher is better)', () => {
    const bands = { tolerance: 5 };
    assert.equal(ragOf(80, bands, 80, 'H'), 'green');
    assert.equal(ragOf(75, bands, 80, 'H'), 'amber');
    assert.equal(ragOf(74.9, bands, 80, 'H'), 'red');
  });
  it('reads the other way when lower is better, and as a share of the target', () => {
    const bands = { tolerancePercent: 10 };
    assert.equal(ragOf(22, bands, 22, 'L'), 'green');
    assert.equal(ragOf(21, bands, 22, 'L'), 'green');
    assert.equal(ragOf(24.2, bands, 22, 'L'), 'amber');
    assert.equal(ragOf(24.3, bands, 22, 'L'), 'red');
  });
  it('gives no RAG without a target', () => {
    assert.equal(ragOf(22, { tolerance: 1 }, null, 'L'), null);
  });
});

describe('checkBands', () => {
  it('accepts bands that meet edge to edge with green on the better side', () => {
    assert.equal(checkBands(timeliness, 'H'), null);
    assert.equal(checkBands(adoptionA1, 'L'), null);
  });
  it('refuses overlapping bands', () => {
    // Both bands hold 95.
    assert.match(checkBands({ green: { gte: 95 }, red: { lte: 95 } }, 'H') ?? '', /overlap at 95/);
    assert.match(checkBands({ green: { gte: 90 }, red: { lt: 95 } }, 'H') ?? '', /overlap/);
    assert.match(checkBands({ green: { gte: 95 }, amber: { gte: 90 }, red: { lt: 90 } }, 'H') ?? '', /overlap/);
  });
  it('refuses bands that leave a gap', () => {
    // Seed 002 as printed: "Amber 90% - 94%, Red <= 89%" leaves 89.5 nowhere.
    assert.match(
      checkBands({ green: { gte: 95 }, amber: { gte: 90, lte: 94 }, red: { lte: 89 } }, 'H') ?? '',
      /gap between 89 and 90/,
    );
    assert.match(checkBands({ green: { gt: 95 }, red: { lt: 95 } }, 'H') ?? '', /gap/);
    assert.match(checkBands({ green: { gte: 95, lt: 100 }, red: { lt: 95 } }, 'H') ?? '', /above 100/);
  });
  it('refuses green on the worse side, and bands without a direction', () => {
    assert.match(checkBands(timeliness, 'L') ?? '', /green must be the lowest/);
    assert.match(checkBands(adoptionA1, 'H') ?? '', /green must be the highest/);
    assert.match(checkBands(timeliness, 'N') ?? '', /direction/);
    assert.match(checkBands({ tolerance: 2 }, 'N') ?? '', /direction/);
  });
  it('refuses an empty band and a tolerance given twice', () => {
    assert.match(checkBands({ green: { gte: 95 }, amber: { gte: 95, lt: 95 }, red: { lt: 95 } }, 'H') ?? '', /empty/);
    assert.match(checkBands({ tolerance: 1, tolerancePercent: 5 }, 'H') ?? '', /either/);
  });
});

describe('bandsInWords', () => {
  it('says the bands as a council prints them', () => {
    assert.equal(bandsInWords(timeliness, 'percent', 95), 'Green >= 95%, Amber >= 90% and < 95%, Red < 90%');
    assert.equal(bandsInWords(adoptionA1, 'days', 593), 'Green <= 593, Red > 593');
    assert.match(bandsInWords({ tolerance: 2 }, 'ratio', 22) ?? '', /target \(22\).*within 2/);
  });
});
