/**
 * At least one passing and one failing row for every rule with a code of 400 and above (with INT, EPI,
 * NoE, SW and DoLo), in every year variant. Cases live in rules-b-cases-*.ts, written by hand from the
 * DfE rule wording; a case may also pin an exception (no rows flagged), but each rule needs a case that
 * flags something and every case has rows that must pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectionMeta, type Dataset903, type Row, type Table903, type Tables903 } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import { cases400s } from './rules-b-cases-4xx.ts';
import { cases500s } from './rules-b-cases-5xx.ts';
import { cases600s } from './rules-b-cases-6xx.ts';
import { casesOther } from './rules-b-cases-other.ts';
import { rulesB } from './registry-b.ts';
import { notImplementedB } from './not-implemented-b.ts';

const allCases: RuleCase[] = [...cases400s, ...cases500s, ...cases600s, ...casesOther];

function dataset(c: RuleCase): Dataset903 {
  const year = c.year ?? c.rule.years.from;
  const current: Tables903 = {};
  let previous: Tables903 | undefined;
  for (const [name, rows] of Object.entries(c.tables)) {
    if (name.endsWith('_last')) (previous ??= {})[name.slice(0, -5) as Table903] = rows as Row[];
    else current[name as Table903] = rows as Row[];
  }
  return { current, previous, meta: { ...collectionMeta(year), ...c.meta } };
}

function rowCount(c: RuleCase): number {
  return Object.values(c.tables).reduce((sum, rows) => sum + rows.length, 0);
}

describe('SSDA903 rules 400 and above: one passing and one failing row each', () => {
  for (const c of allCases) {
    test(`${c.rule.code} (${c.rule.years.from}-${c.rule.years.to ?? ''}) ${c.name ?? ''}`, () => {
      const flagged = c.rule.validate(dataset(c)).map((f) => `${f.table}:${f.row}`).sort();
      assert.deepEqual(flagged, [...c.flagged].sort());
      assert.ok(rowCount(c) > c.flagged.length, 'each case needs a row that passes');
    });
  }

  test('every registered rule has a case that flags a row', () => {
    const covered = new Set(allCases.filter((c) => c.flagged.length > 0).map((c) => c.rule));
    const missing = rulesB.filter((r) => !covered.has(r)).map((r) => `${r.code}@${r.years.from}`);
    assert.deepEqual(missing, []);
  });

  test('rules run on an empty return without flagging anything', () => {
    for (const rule of rulesB) {
      assert.deepEqual(rule.validate({ current: {}, meta: collectionMeta(rule.years.from) }), [], rule.code);
    }
  });

  test('year variants of a code do not overlap, and codes listed as not implemented are not registered', () => {
    for (const rule of rulesB) {
      const clash = rulesB.filter((other) => other !== rule && other.code === rule.code && other.years.from <= (rule.years.to ?? 9999)
        && rule.years.from <= (other.years.to ?? 9999));
      assert.deepEqual(clash.map((r) => r.years), [], rule.code);
    }
    const registered = new Set(rulesB.map((r) => r.code));
    assert.deepEqual(notImplementedB.filter((entry) => registered.has(entry.code) && !entry.partial).map((e) => e.code), []);
  });
});
