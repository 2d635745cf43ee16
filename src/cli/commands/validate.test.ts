// A return with over 100,000 findings: CSV and JSON list every one (streamed row by row), the table and
// the HTML page list the first 1,000 and count the rest. Before streaming, 50 MB of such a file crashed
// the CSV writer (string too long) and the table (call stack exceeded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel } from '../testing.ts';

/** A 903 CSV set whose every child breaks the same 13 rules (bad sex, date of birth, codes...). */
function writeBrokenReturn(dir: string, children: number): void {
  const header = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'];
  const episodes = ['CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'];
  for (let i = 0; i < children; i++) {
    header.push(`C${i},X,31/02/2014,ZZZZ,,,`);
    episodes.push(`C${i},01/05/2024,Z,ZZ,ZZ,ZZ,ZZ,,,,,,`);
  }
  writeFileSync(join(dir, 'header.csv'), `${header.join('\n')}\n`);
  writeFileSync(join(dir, 'episodes.csv'), `${episodes.join('\n')}\n`);
}

test('validate: over 100,000 findings stream in full as CSV and JSON and are capped in the table and HTML', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-validate-large-'));
  try {
    const returnDir = join(dir, '903');
    mkdirSync(returnDir);
    writeBrokenReturn(returnDir, 8000);

    const csvFile = join(dir, 'report.csv');
    const csv = await runKestrel([
      'validate',
      '903',
      returnDir,
      '--year',
      '2025',
      '--format',
      'csv',
      '--output',
      csvFile,
    ]);
    assert.equal(csv.code, 1, csv.err);
    const rows = readFileSync(csvFile, 'utf8').trimEnd().split('\r\n');
    const findings = rows.length - 1;
    assert.ok(findings > 100_000, `${findings} findings`);
    assert.equal(rows[0], 'Severity,Rule,Child,File,Line,Fields,Message');
    assert.match(csv.out, /Report written to .*report\.csv/);

    const json = await runKestrel(['validate', '903', returnDir, '--year', '2025', '--format', 'json']);
    const parsed = JSON.parse(json.out) as { summary: { errors: number }; findings: unknown[] };
    assert.equal(parsed.findings.length, findings);
    assert.equal(parsed.summary.errors, findings);

    const table = await runKestrel(['validate', '903', returnDir, '--year', '2025']);
    assert.equal(table.code, 1);
    const lines = table.out.trimEnd().split('\n');
    assert.equal(
      lines.length,
      2 + 1000 + 1 + 2,
      'titles, rule, 1,000 findings, the count of the rest, a blank and the summary',
    );
    assert.equal(
      lines.at(-3),
      `... and ${(findings - 1000).toLocaleString('en-GB')} more findings: --format csv or json lists every one.`,
    );

    const htmlFile = join(dir, 'report.html');
    await runKestrel(['validate', '903', returnDir, '--year', '2025', '--format', 'html', '--output', htmlFile]);
    const html = readFileSync(htmlFile, 'utf8');
    assert.match(html, /This page lists the first 1,000 findings\./);
    assert.equal(html.match(/<tr><td><a href="#rule-/g)?.length, 1000, 'the by-child section lists 1,000 findings');
    assert.match(html, /8,000 rows \(the first \d+ listed\) flagged by rule/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
