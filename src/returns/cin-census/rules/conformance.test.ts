/**
 * Runs every recorded case of the open CIN validator (shared/conformance/cin) against our rule for that
 * collection year and compares the flagged (table, row label, field) sets. A case with no rule of ours is
 * skipped, not passed. Deliberate differences are listed in deviations.ts and asserted as recorded there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { datasetFromCall, loadConformanceCases, yearOfRuleset } from './conformance.ts';
import { DEVIATIONS } from './deviations.ts';
import { rulesFor } from './registry.ts';

const cases = loadConformanceCases();

function cellKey(table: string, row: string | undefined, field: string): string {
  return `${table}|${row ?? '?'}|${field}`;
}

describe('CIN conformance with the open validator', () => {
  test('the recorded cases are all found', () => {
    assert.ok(cases.length >= 110, `only ${cases.length} cases found`);
  });

  for (const recorded of cases) {
    const year = yearOfRuleset(recorded.ruleset);
    const name = `${recorded.ruleset}/${recorded.code}`;
    const rule = rulesFor(year).find((candidate) => candidate.code === recorded.code);
    if (!rule) {
      test(name, { skip: `no rule ${recorded.code} for ${year}` }, () => {});
      continue;
    }
    test(name, () => {
      const deviation = DEVIATIONS[name];
      recorded.calls.forEach((call, callIndex) => {
        const { data, labels } = datasetFromCall(call, year);
        const flagged = rule.validate(data);
        if (rule.scope === 'return') {
          const expected = deviation?.returnFlagged ?? call.la_level !== null;
          assert.equal(flagged.length > 0, expected, `${name} call ${callIndex}: return-level flag`);
          return;
        }
        const ours = [
          ...new Set(flagged.map((cell) => cellKey(cell.table, labels.get(cell.table)?.[cell.row], cell.field))),
        ].sort();
        const peer = [
          ...new Set((call.output ?? []).map((out) => cellKey(out.table, String(out.row), out.field))),
        ].sort();
        if (deviation?.cells) {
          assert.notDeepEqual(
            peer,
            [...deviation.cells].sort(),
            `${name}: the deviation no longer differs from the peer`,
          );
          assert.deepEqual(
            ours,
            [...deviation.cells].sort(),
            `${name} call ${callIndex} (deviation: ${deviation.reason})`,
          );
        } else {
          assert.deepEqual(ours, peer, `${name} call ${callIndex}`);
        }
      });
    });
  }
});

test('every deviation names a recorded case', () => {
  const names = new Set(cases.map((recorded) => `${recorded.ruleset}/${recorded.code}`));
  for (const name of Object.keys(DEVIATIONS)) assert.ok(names.has(name), `deviation for unknown case ${name}`);
});
