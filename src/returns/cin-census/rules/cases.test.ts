/**
 * Runs the hand-written cases beside the CIN rules (`<table>/rule-<code>.cases.ts`): a failing and a
 * passing return per case. The conformance test covers every rule against the open validator's cases.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findRule } from './registry.ts';
import { dataset, type RuleCase } from './test-data/rule-case.ts';

const here = new URL('.', import.meta.url);
const caseFiles = readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((path) => /(^|\/)rule-[^/]+\.cases\.ts$/.test(path))
  .sort();
const allCases: (RuleCase & { code: string })[] = [];
for (const path of caseFiles) {
  const module = (await import(new URL(path, here).href)) as { cases: RuleCase[] };
  const code = /rule-([^/]+)\.cases\.ts$/.exec(path)![1]!;
  allCases.push(...module.cases.map((c) => ({ ...c, code })));
}

describe('CIN rules: own cases', () => {
  for (const { code, year = 2025, failing, passing } of allCases) {
    test(`${code} (${year})`, () => {
      const rule = findRule(code, year);
      assert.ok(rule, `rule ${code} missing for ${year}`);
      assert.ok(rule.validate(dataset(failing, year)).length > 0, 'failing case not flagged');
      assert.deepEqual(rule.validate(dataset(passing, year)), [], 'passing case flagged');
    });
  }

  test('every case file sits beside the rule it tests', () => {
    for (const path of caseFiles)
      assert.ok(
        readdirSync(new URL(path.replace(/[^/]+$/, ''), here)).includes(
          path.replace(/^.*\//, '').replace('.cases.ts', '.ts'),
        ),
        path,
      );
  });
});
