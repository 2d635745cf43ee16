/**
 * One passing and one failing row (at least) for every rule with a code below 400, in every year
 * variant: the cases live in rules-a-cases-*.ts, written by hand from the DfE rule wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectionMeta, type Dataset903, type Row, type Table903, type Tables903 } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import { cases100s } from './rules-a-cases-1.ts';
import { cases200s } from './rules-a-cases-2.ts';
import { cases300s } from './rules-a-cases-3.ts';
import { rulesA } from './registry-a.ts';

const allCases: RuleCase[] = [...cases100s, ...cases200s, ...cases300s];

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

describe('SSDA903 rules below 400: one passing and one failing row each', () => {
  for (const c of allCases) {
    test(`${c.rule.code} (${c.rule.years.from}-${c.rule.years.to ?? ''}) ${c.name ?? ''}`, () => {
      const flagged = c.rule.validate(dataset(c)).map((f) => `${f.table}:${f.row}`).sort();
      assert.deepEqual(flagged, [...c.flagged].sort());
      assert.ok(c.flagged.length > 0, 'each case must flag something');
    });
  }

  test('every registered rule below 400 has a case', () => {
    const covered = new Set(allCases.map((c) => c.rule));
    const missing = rulesA.filter((r) => !covered.has(r)).map((r) => `${r.code}@${r.years.from}`);
    assert.deepEqual(missing, []);
  });
});
