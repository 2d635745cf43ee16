/**
 * Runs every recorded case of the open 903 validator against our rules (see conformance-cases.ts).
 * A file whose code has no rule of ours for that year is a skipped subtest, so the run shows what is
 * left; documented deviations (deviations.ts) adapt or skip a case and say why.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FlaggedRow } from '../../findings.ts';
import { callDataset, type ConformanceCall, loadConformanceFiles } from './conformance-cases.ts';
import { deviations } from './deviations.ts';
import { allRules, rulesFor } from './registry.ts';

function labelsByTable(flags: FlaggedRow[], call: ConformanceCall): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const flag of flags) {
    const frame = call.input[flag.table];
    assert.ok(frame, `rule flagged table ${flag.table}, which the case did not supply`);
    const label = frame.index[flag.row];
    assert.notEqual(label, undefined, `rule flagged ${flag.table} row ${flag.row}, beyond the table`);
    (result[flag.table] ??= []).push(String(label));
  }
  return normalise(result);
}

function normalise(output: Record<string, (string | number)[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [table, labels] of Object.entries(output)) {
    if (labels.length > 0) result[table] = [...new Set(labels.map(String))].sort();
  }
  return result;
}

const files = loadConformanceFiles();

describe('SSDA903 conformance with the open validator', () => {
  for (const file of files) {
    const key = `${file.ruleset}/${file.code}`;
    const rules = rulesFor(file.year).filter((rule) => rule.code === file.code);
    const deviation = deviations[key];
    if (rules.length === 0 || deviation?.skip) {
      test(key, { skip: deviation?.skip ? `deviation: ${deviation.reason}` : 'no rule registered' }, () => {});
      continue;
    }
    test(key, () => {
      assert.equal(rules.length, 1, `${rules.length} rules with code ${file.code} apply in ${file.year}`);
      const rule = rules[0]!;
      assert.equal(rule.message, file.message.trim(), `${key} message`);
      // A column renamed by a deviation is renamed in the peer's affected fields too, where it says so.
      const rename = deviation?.renameAffectedFields ? (deviation.renameColumns ?? {}) : {};
      const expectedFields = file.affected_fields.map((field) => rename[field] ?? field);
      assert.deepEqual(rule.affectedFields, expectedFields, `${key} affected fields`);
      file.calls.forEach((call, i) => {
        const data = callDataset(file.year, call, deviation?.renameColumns);
        const actual = labelsByTable(rule.validate(data), call);
        const expected = deviation?.expected?.[i] ?? call.output;
        assert.deepEqual(actual, normalise(expected), `${key} call ${i}`);
      });
    });
  }
});

test('no two rules with the same code apply in the same year', () => {
  for (let year = 2023; year <= 2027; year += 1) {
    const codes = rulesFor(year).map((rule) => rule.code);
    assert.deepEqual(
      codes.filter((code, i) => codes.indexOf(code) !== i),
      [],
      `duplicates in ${year}`,
    );
  }
  assert.ok(allRules.length > 0);
});
