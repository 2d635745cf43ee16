// Reads the corrupt fixtures, runs the real rule sets over them and checks that the bad cells come
// back as findings at the right file and line: the readers pass bad dates on as text, the rules flag them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Finding } from '../findings.ts';
import { rulesFor as cinRulesFor } from '../cin-census/rules/registry.ts';
import { read903Csv } from '../io/read-903-csv.ts';
import { readCinXml } from '../io/read-cin-xml.ts';
import { rulesFor } from '../ssda903/rules/registry.ts';
import { exitCodeFor, runRules, tables903, toFindings } from './to-findings.ts';

const FIX = join(import.meta.dirname, '..', 'io', 'fixtures');

function at(findings: readonly Finding[], file: string, line: number, field: string): Finding[] {
  return findings.filter((f) => f.source?.file === file && f.source.line === line && f.fields.includes(field));
}

describe('reader to rules to findings', () => {
  test('903 CSV: impossible dates are flagged at their file and line, and no rule crashes', async () => {
    const { dataset, sources } = await read903Csv(join(FIX, '903-csv', 'good'), { year: 2025 });
    const { results, failures } = runRules(rulesFor(2025), dataset);
    assert.deepEqual(failures, []);
    const findings = toFindings(results, tables903(dataset.current, dataset.previous), sources, 'CHILD');
    assert.ok(at(findings, 'episodes.csv', 5, 'DECOM').length > 0, 'DECOM 31/02/2024');
    assert.ok(at(findings, 'episodes.csv', 3, 'DEC').length > 0, 'DEC 2024-13-01');
    assert.ok(
      at(findings, 'header.csv', 5, 'DOB').some((f) => f.child === 'T000003'),
      'DOB 31/02/2014',
    );
    assert.equal(exitCodeFor(findings), 1);
  });

  test('CIN XML: a repeated LAchildID is flagged on both children', async () => {
    const { dataset, sources } = await readCinXml(join(FIX, 'cin-xml', 'no-header.xml'), { year: 2024 });
    const { results, failures } = runRules(cinRulesFor(2024), dataset);
    assert.deepEqual(failures, []);
    const findings = toFindings(results, dataset.tables, sources, 'LAchildID');
    assert.ok(at(findings, 'no-header.xml', 5, 'LAchildID').length > 0);
    assert.ok(at(findings, 'no-header.xml', 20, 'LAchildID').length > 0);
  });
});
