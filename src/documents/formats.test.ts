/**
 * Each format opened and read back: the XLSX with exceljs (numbers stay numbers with their format, RAG
 * as fills, "c" where suppressed), the DOCX's XML (real headings, tables with a repeating header row,
 * RAG shading), the CSV (formula injection defused), the JSON and the HTML.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { SCORECARD_FIXTURE } from './fixtures/scorecard.fixture.ts';
import { EXTRA_SECTIONS_FIXTURE } from './fixtures/extra-sections.fixture.ts';
import { scorecardDocument } from './scorecard-document.ts';
import { committeeDocument } from './committee-document.ts';
import { statementDocument } from './statement-document.ts';
import { parseReportPeriod } from './period.ts';
import { renderDocument } from './render.ts';
import { csvField } from './csv.ts';
import type { Scorecard } from '../framework/model.ts';

const internal = scorecardDocument(SCORECARD_FIXTURE, { marking: 'internal' });
const publicEdition = scorecardDocument(SCORECARD_FIXTURE, { marking: 'public' });

async function workbook(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  assert.ok(sheet);
  return sheet;
}

function rowOf(sheet: ExcelJS.Worksheet, title: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === title) found ??= row;
  });
  assert.ok(found, `no row for ${title}`);
  return found;
}

test('XLSX: figures are numbers with the unit format, RAG is a fill, the marking is printed', async () => {
  const sheet = await workbook(await renderDocument(internal, 'xlsx'));
  const foster = rowOf(
    sheet,
    'Percentage of foster care children placed with Northumberland County Council foster carers',
  );
  // Columns: No., Measure, Unit, last year, target, current, last available, frequency, direction, RAG, status, trend.
  assert.equal(foster.getCell(4).value, 81);
  assert.equal(foster.getCell(5).value, 80);
  assert.equal(foster.getCell(6).value, 81.1);
  assert.equal(foster.getCell(6).numFmt, '#,##0.0"%"');
  assert.equal(foster.getCell(10).value, 'Green');
  assert.deepEqual((foster.getCell(10).fill as ExcelJS.FillPattern).fgColor, { argb: 'FFCCE2D8' });
  const caseload = rowOf(sheet, "Number of cases per full time equivalent (FTE) Children's Social Worker");
  assert.equal(caseload.getCell(6).value, 24.1);
  assert.equal(caseload.getCell(10).value, 'Red');
  assert.deepEqual((caseload.getCell(10).fill as ExcelJS.FillPattern).fgColor, { argb: 'FFF4CDC6' });
  assert.equal(sheet.getCell('A5').value, 'Internal: not for publication. Figures are not suppressed');
  assert.match(sheet.headerFooter.oddFooter ?? '', /Internal: not for publication.*Page &P of &N/);
});

test('XLSX public edition: suppressed figures are the text c, not the number', async () => {
  const sheet = await workbook(await renderDocument(publicEdition, 'xlsx'));
  const yot = rowOf(sheet, '% Young Offenders engagement in suitable education, employment or training (ETE)');
  // Public columns add Number and Out of after Current Performance.
  assert.deepEqual([yot.getCell(6).value, yot.getCell(7).value, yot.getCell(8).value], ['c', 'c', 'c']);
  const foster = rowOf(
    sheet,
    'Percentage of foster care children placed with Northumberland County Council foster carers',
  );
  assert.deepEqual([foster.getCell(6).value, foster.getCell(7).value, foster.getCell(8).value], [81.1, 231, 285]);
});

test('DOCX: Word headings, tables with a repeating header row, RAG shading, the footer marking', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-docx-'));
  try {
    const file = join(dir, 'committee.docx');
    const period = parseReportPeriod('2017-18Q3');
    writeFileSync(
      file,
      await renderDocument(
        committeeDocument(SCORECARD_FIXTURE, { marking: 'internal', period, extraSections: EXTRA_SECTIONS_FIXTURE }),
        'docx',
      ),
    );
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    const text = xml.replace(/<[^>]+>/g, '');
    assert.match(xml, /<w:pStyle w:val="Title"\/>/);
    assert.match(xml, /<w:pStyle w:val="Heading1"\/>[\s\S]*?1\. Summary/);
    assert.ok((xml.match(/<w:tbl>/g) ?? []).length >= 6, 'one table per section, benchmarks and extras');
    assert.match(xml, /<w:tblHeader\/>/);
    assert.match(
      text,
      /Referral decisions made within 1 working day was 97\.3% at 31 December 2017 against a target of 96% \(green\)/,
    );
    assert.match(text, /Table 1: Safeguarding and early help/);
    assert.match(xml, /w:fill="F4CDC6"/); // a red cell
    assert.match(text, /Case file audits completed in the quarter/);
    const footer = execFileSync('unzip', ['-p', file, 'word/footer1.xml'], { encoding: 'utf8' });
    assert.match(footer.replace(/<[^>]+>/g, ''), /Internal: not for publication/);
    assert.match(footer, /PAGE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CSV: one line per measure, figures plain, a cell starting =, +, - or @ cannot run as a formula', async () => {
  const hostile: Scorecard = structuredClone(SCORECARD_FIXTURE);
  hostile.sections[0]!.rows[0]!.title = '=HYPERLINK("http://x","click")';
  const csv = (await renderDocument(scorecardDocument(hostile, { marking: 'internal' }), 'csv')).toString();
  const lines = csv.trim().split('\r\n');
  assert.equal(
    lines[0],
    'Section,No.,Measure,Unit,2016/17 Performance,Current Target,Current Performance,Last Available Result,Frequency,Direction of Travel,RAG,Status,Trend,Notes',
  );
  assert.equal(lines.length, 1 + 14);
  assert.match(
    lines[1]!,
    /^Safeguarding and early help,1,"'=HYPERLINK\(""http:\/\/x"",""click""\)",%,91.2,96,97.3,Dec 2017,Monthly,▲ Improving,Green,Up to date,/,
  );
  assert.match(lines[1]!, /Underlying data: 252 referrals/);
  for (const [input, output] of [
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
  ])
    assert.equal(csvField(input!), output);
});

test('JSON: the internal scorecard is the model; a public document holds only what is printed', async () => {
  const model = JSON.parse((await renderDocument(internal, 'json', SCORECARD_FIXTURE)).toString());
  assert.equal(model.scorecard.sections[0].rows[0].numerator, 252);
  const statement = JSON.parse(
    (await renderDocument(statementDocument(SCORECARD_FIXTURE), 'json', SCORECARD_FIXTURE)).toString(),
  );
  assert.equal(statement.marking, 'public');
  assert.equal(statement.scorecard, undefined);
});

test('HTML: one escaped page with headed sections, tables with header rows, sparklines with words', async () => {
  const hostile: Scorecard = structuredClone(SCORECARD_FIXTURE);
  hostile.sections[0]!.rows[0]!.title = '<script>alert(1)</script>';
  const html = (await renderDocument(scorecardDocument(hostile, { marking: 'internal' }), 'html')).toString();
  assert.ok(!html.includes('<script>'));
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /<h1>Children&#39;s Safeguarding scorecard: position as at 31 December 2017<\/h1>/);
  assert.match(html, /<thead><tr><th scope="col">No\.<\/th><th scope="col">Measure<\/th>/);
  assert.match(html, /<svg [^>]*class="sparkline"[^>]*aria-label="Trend Jan 2017 to Dec 2017: 92%, 93%/);
  assert.match(html, /Internal: not for publication/);
  assert.match(html, /COMMENTS: There is currently a vacancy[^<]*\(carried forward from 10 November 2017\)/);
});

test('XLSX appendix: the trend behind each sparkline as numbers, c where the public edition hides one', async () => {
  const sheet = await workbook(await renderDocument(publicEdition, 'xlsx'));
  let header: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === 'Measure' && row.getCell(2).value === 'Jan 2017') header ??= row;
  });
  assert.ok(header, 'no appendix header row');
  assert.equal(header.getCell(13).value, 'Dec 2017');
  let yot: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.number > header!.number && String(row.getCell(1).value).startsWith('% Young Offenders')) yot ??= row;
  });
  assert.ok(yot);
  // 3 of 4 young offenders now: a cohort that small hides the whole trend (Jan 2017 was 55%).
  assert.equal(yot.getCell(2).value, 'c');
  assert.equal(yot.getCell(13).value, 'c');
  let foster: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.number > header!.number && String(row.getCell(1).value).startsWith('Percentage of foster')) foster ??= row;
  });
  assert.deepEqual([foster?.getCell(2).value, foster?.getCell(13).value], [79, 81.1]);
});
