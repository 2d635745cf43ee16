/**
 * PDFs printed by Debian's Chromium, read back with poppler's pdftotext: measure names, values, RAG,
 * benchmark figures, the marking and page numbers in the footer, "c" in the public edition. With
 * KESTREL_PAGES=DIR the pages are also written there as PNG (pdftoppm) for a person to look at.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SCORECARD_FIXTURE } from './fixtures/scorecard.fixture.ts';
import { EXTRA_SECTIONS_FIXTURE } from './fixtures/extra-sections.fixture.ts';
import { scorecardDocument } from './scorecard-document.ts';
import { committeeDocument } from './committee-document.ts';
import { statementDocument } from './statement-document.ts';
import { benchmarkingDocument } from './benchmarking-document.ts';
import { parseReportPeriod } from './period.ts';
import { chromiumPath, renderPdf } from './pdf.ts';
import type { ReportDocument } from './document.ts';

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const skip = !existsSync(chromiumPath())
  ? `Chromium not installed at ${chromiumPath()}`
  : !hasPoppler
    ? 'pdftotext (poppler-utils) not installed'
    : false;
if (skip && process.env.CI) throw new Error(`PDF tests need Chromium and poppler-utils in CI: ${skip}`);

async function pdfText(name: string, document: ReportDocument): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-pdf-test-'));
  try {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderPdf(document));
    const pages = process.env.KESTREL_PAGES;
    if (pages) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(pages, name)]);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const period = parseReportPeriod('2017-18Q3');

test('scorecard PDF: every measure with its figures and RAG, the internal marking on every page', {
  skip,
  timeout: 120_000,
}, async () => {
  const text = await pdfText('scorecard-internal', scorecardDocument(SCORECARD_FIXTURE, { marking: 'internal' }));
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  assert.ok(pages.length >= 2);
  pages.forEach((page, i) => {
    assert.match(page, /Internal: not for publication/);
    assert.match(page, new RegExp(`Page ${i + 1} of ${pages.length}`));
    assert.match(page, /Northumberland County Council/);
  });
  const flat = text.replace(/\s+/g, ' ');
  assert.match(
    flat,
    /Referral decisions made within 1 (working )?% 91\.2% 96% 97\.3% Dec (2017 )?Monthly ▲ (Improving )?Green/,
  );
  assert.match(
    flat,
    /Underlying data: 231 children in foster care placed with NCC foster carers out of a total cohort of 285\./,
  );
  assert.match(flat, /ACTIONS: A case tracking tool is used/);
  for (const rag of ['Green', 'Amber', 'Red']) assert.match(flat, new RegExp(rag));
});

test('committee PDF, public edition: numbered paragraphs, themed tables, benchmarks, suppressed audits', {
  skip,
  timeout: 120_000,
}, async () => {
  const document = committeeDocument(SCORECARD_FIXTURE, {
    marking: 'public',
    period,
    committee: 'Cabinet',
    extraSections: EXTRA_SECTIONS_FIXTURE,
  });
  const text = await pdfText('committee-public', document);
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /1\. Summary 1\. This report provides Cabinet/);
  assert.match(flat, /Table 2: Looked after children/);
  // Benchmarks: A2 for the council, its statistical neighbours, region and England; rank and quartile.
  assert.match(flat, /Average time between LA L 2016-(17)? 201 215 210 226 60 of (151 )?Q2/);
  for (const line of [
    /Outstanding c c/,
    /Good 15 57\.7%/,
    /Requires improvement c c/,
    /Inadequate c c/,
    /Total 26 100%/,
  ])
    assert.match(flat, line);
  assert.match(flat, /Public: small numbers suppressed \(c\)/);
  assert.doesNotMatch(flat, /COMMENTS:/);
});

test('statement and benchmarking PDFs: two years side by side, targets by quarter, charts described', {
  skip,
  timeout: 120_000,
}, async () => {
  const statement = (await pdfText('statement', statementDocument(SCORECARD_FIXTURE))).replace(/\s+/g, ' ');
  assert.match(statement, /Service Statement 2017\/18/);
  assert.match(statement, /2015-16 2016-17/);
  assert.match(statement, /Average time between LA .*L 209 212 205 223 201 215 210 226/);
  assert.match(statement, /Referral decisions made within 1 .*91\.2% 97\.3% 96% 96% 96% -/);
  const benchmarking = (await pdfText('benchmarking', benchmarkingDocument(SCORECARD_FIXTURE))).replace(/\s+/g, ' ');
  assert.match(benchmarking, /it ranks 149 of 151 councils, in the bottom quartile/);
  assert.match(benchmarking, /trend against target/);
});
