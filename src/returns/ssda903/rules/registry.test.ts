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
  test('2024-25 runs none of the ten rules retired that year, and 2023-24 runs each of them', () => {
    const retiredIn2025 = ['217t', '230', '370', '445', '451', '555', '556', 'SW03STG1', 'SW11aSTG2', 'SW14STG2'];
    assert.deepEqual(
      retired903.filter((r) => r.lastYear === 2024).map((r) => r.code),
      retiredIn2025,
      'retired.ts lists the ten',
    );
    const in2025 = new Set(rulesFor(2025).map((rule) => rule.code));
    const in2024 = new Set(rulesFor(2024).map((rule) => rule.code));
    for (const code of retiredIn2025) {
      assert.ok(!in2025.has(code), `${code} runs in 2024-25`);
      assert.ok(in2024.has(code), `${code} does not run in 2023-24`);
    }
  });
  test('the social worker rules the open validator deletes and rewrites for 2024-25 still run then, and 217', () => {
    const in2025 = new Set(rulesFor(2025).map((rule) => rule.code));
    assert.ok(in2025.has('217'), '217 (A3/A5 with the current foster carers) is not in the 2024-25 deletions');
    for (const code of ['SW01STG1', 'SW01aSTG1', 'SW01bSTG1', 'SW15STG2', 'SW16aSTG2', 'SW16bSTG2', 'SW16cSTG2'])
      assert.ok(in2025.has(code), code);
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
