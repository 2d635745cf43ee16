/**
 * Runs the hand-written cases beside every SSDA903 rule (`<theme>/rule-<code>.cases.ts`, written from
 * the DfE rule wording): each case gives rows that pass and rows the rule must flag. Every registered
 * rule, in every year version, has a case that flags a row.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { collectionMeta } from '../dataset.ts';
import { allRules } from './registry.ts';
import { datasetOf, rowCount, type RuleCase } from './test-data/rule-case.ts';

const here = new URL('.', import.meta.url);
const caseFiles = readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((path) => /(^|\/)rule-[^/]+\.cases\.ts$/.test(path))
  .sort();
const allCases: RuleCase[] = [];
for (const path of caseFiles) {
  const module = (await import(new URL(path, here).href)) as { cases: RuleCase[] };
  allCases.push(...module.cases);
}

describe('SSDA903 rules: hand-written cases beside each rule', () => {
  for (const c of allCases) {
    test(`${c.rule.code} (${c.rule.years.from}-${c.rule.years.to ?? ''}) ${c.name ?? ''}`, () => {
      const flagged = c.rule
        .validate(datasetOf(c))
        .map((f) => `${f.table}:${f.row}`)
        .sort();
      assert.deepEqual(flagged, [...c.flagged].sort());
      assert.ok(rowCount(c) > c.flagged.length, 'each case needs a row that passes');
      assert.ok(
        c.flagged.length > 0 || c.name !== undefined,
        'a case that flags nothing must be named for the exception it pins',
      );
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

  test('every registered rule has a case', () => {
    const covered = new Set(allCases.map((c) => c.rule));
    assert.deepEqual(
      allRules.filter((r) => !covered.has(r)).map((r) => `${r.code}@${r.years.from}`),
      [],
    );
  });

  test('every registered rule has a case that flags a row', () => {
    const covered = new Set(allCases.filter((c) => c.flagged.length > 0).map((c) => c.rule));
    assert.deepEqual(
      allRules.filter((r) => !covered.has(r)).map((r) => `${r.code}@${r.years.from}`),
      [],
    );
  });

  test('rules run on an empty return without flagging anything', () => {
    for (const rule of allRules) {
      assert.deepEqual(rule.validate({ current: {}, meta: collectionMeta(rule.years.from) }), [], rule.code);
    }
  });

  test('year variants of a code do not overlap', () => {
    for (const rule of allRules) {
      const clash = allRules.filter(
        (other) =>
          other !== rule &&
          other.code === rule.code &&
          other.years.from <= (rule.years.to ?? 9999) &&
          rule.years.from <= (other.years.to ?? 9999),
      );
      assert.deepEqual(
        clash.map((r) => r.years),
        [],
        rule.code,
      );
    }
  });
});
