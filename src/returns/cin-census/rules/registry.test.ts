/** The CIN rule set: which rules apply in which year, severities, and that every rule tolerates an empty return. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allRules, findRule, rulesFor } from './registry.ts';
import { dataset } from './test-data/rule-case.ts';

describe('CIN rule set', () => {
  test('every code is in force for 2025-26, with 26 queries among about 110 codes', () => {
    const codes = new Set(rulesFor(2026).map((rule) => rule.code));
    assert.equal(codes.size, 109);
    assert.equal([...codes].filter((code) => code.endsWith('Q')).length, 26);
  });
  test('rules added in 2024-25 are not applied to 2023-24', () => {
    assert.equal(findRule('1570', 2024), undefined);
    assert.equal(findRule('4180', 2024)?.affectedFields[0], 'GenderCurrent');
    assert.equal(findRule('4180', 2025)?.affectedFields[0], 'Sex');
  });
  test('severity follows the code', () => {
    for (const rule of allRules) assert.equal(rule.severity, rule.code.endsWith('Q') ? 'query' : 'error');
  });
  test('a rule tolerates a return with no tables at all', () => {
    for (const rule of allRules) assert.ok(Array.isArray(rule.validate(dataset({}, rule.years.from))));
  });
});
