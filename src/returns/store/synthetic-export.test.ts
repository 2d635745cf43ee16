// A synthetic council's returns for the latest collection year pass our own validation: the 903 (CSV,
// which carries every table including SWEpisodes; XML for the schema check) and the CIN census (XML:
// schema and rules). Errors fail the test; queries are allowed. The council is generated with a fixed
// seed, so a failure names the rule codes and the children to look at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from '../../store/testing.ts';
import { synthesizeCouncil, FICTIONAL_COUNCIL } from '../../synth/index.ts';
import { write903Csv } from '../io/write-903-csv.ts';
import { write903Xml } from '../io/write-903-xml.ts';
import { writeCinXml } from '../io/write-cin-xml.ts';
import type { Finding } from '../findings.ts';
import { export903 } from './export-903.ts';
import { exportCin } from './export-cin.ts';
import { validate903, validateCin } from './validate.ts';

/**
 * Error codes the synthetic council still produces, with why; anything else fails the test. Issue 4 stays
 * open until this list is empty.
 */
const KNOWN_GAPS: Record<string, string> = {
  SW11aSTG2: 'a child whose case closes and reopens within the year has no social worker in between, so the '
    + 'social worker episodes have a gap of more than 5 days; the generator does not yet keep a worker through such gaps',
  SW11bSTG2: 'the same, for social worker episodes that end in the last 5 days of March',
};

const OPTIONS = { population: 5000, years: 4, seed: 11, to: '2025-03-31' };
const YEAR = 2025;
const LA = FICTIONAL_COUNCIL.laCode;

/** Error codes with their counts and a few examples, so a failure says what to fix. */
function errorSummary(findings: readonly Finding[]): string[] {
  const byCode = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  }
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, list]) =>
    `${code} x${list.length}: ${list.slice(0, 3).map((f) => `${f.table} row ${f.row ?? '?'}${f.child ? ` child ${f.child}` : ''}`).join('; ')} (${list[0]!.message})`);
}

for (const backend of testBackends()) {
  describe(`synthetic council returns (${backend.name})`, () => {
    test(`the ${YEAR} 903 and CIN census exports have no errors`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kestrel-synth-export-'));
      const store = await backend.open();
      try {
        await synthesizeCouncil(store, OPTIONS);
        const dataset903 = await export903(store, LA, YEAR);
        assert.ok((dataset903.current.Episodes ?? []).length > 20, 'the council has looked-after children to return');
        await write903Csv(join(dir, '903'), dataset903.current);
        await write903Xml(join(dir, '903.xml'), dataset903.current);
        const csv = await validate903([join(dir, '903')], { year: YEAR, laCode: LA });
        const xml = await validate903([join(dir, '903.xml')], { year: YEAR, laCode: LA });
        const schema903 = xml.findings.filter((f) => f.code === 'XSD');

        const datasetCin = await exportCin(store, LA, YEAR);
        assert.ok((datasetCin.tables.CINdetails ?? []).length > 50, 'the council has children in need to return');
        await writeCinXml(join(dir, 'cin.xml'), datasetCin);
        const cin = await validateCin(join(dir, 'cin.xml'), { year: YEAR });
        const ssda903 = errorSummary([...schema903, ...csv.findings]);
        const unexpected = ssda903.filter((line) => !(line.split(' ')[0]! in KNOWN_GAPS));
        if (ssda903.length > unexpected.length) console.error(`known gaps still open:\n${ssda903.join('\n')}`);
        assert.deepEqual({ ssda903: unexpected, cin: errorSummary(cin.findings) }, { ssda903: [], cin: [] },
          'error findings in the exports');
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
