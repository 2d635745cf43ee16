/** The SSDA903 rule set by year: no rule the DfE retired runs after its last year, and each ran up to it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allRules, rulesFor } from './registry.ts';
import { retired903 } from './retired.ts';

const LAST_YEAR = 2027;

describe('SSDA903 rule set by year', () => {
  test('no retired rule runs in any year after its last', () => {
    for (const { code, lastYear } of retired903) {
      for (let year = lastYear + 1; year <= LAST_YEAR; year++) {
        const running = rulesFor(year).filter((rule) => rule.code === code);
        assert.deepEqual(running, [], `${code} retired after ${lastYear} still runs in ${year}`);
      }
    }
  });
  test('each retired rule still runs in its last year (a retirement is not a deletion)', () => {
    for (const { code, lastYear } of retired903)
      assert.ok(
        rulesFor(lastYear).some((rule) => rule.code === code),
        `${code} should run in ${lastYear}`,
      );
  });
  test('2024-25 runs none of the eight rules retired that year', () => {
    const codes = new Set(rulesFor(2025).map((rule) => rule.code));
    for (const code of ['217', '217t', '230', '370', '445', '451', '555', '556']) assert.ok(!codes.has(code), code);
  });
  test('every rule with an end year is in the retired list or replaced by a later version of itself', () => {
    const retiredCodes = new Set(retired903.map((r) => r.code));
    for (const rule of allRules) {
      if (rule.years.to === undefined) continue;
      const continues = allRules.some((other) => other.code === rule.code && other.years.from === rule.years.to! + 1);
      assert.ok(continues || retiredCodes.has(rule.code), `${rule.code} ends in ${rule.years.to} without a retirement`);
    }
  });
});
