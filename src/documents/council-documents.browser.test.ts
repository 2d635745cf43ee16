/**
 * Every document of a small synthetic council, in every format it has, opened as a reader would: PDF
 * text (pdftotext), XLSX cells (exceljs), DOCX XML (unzip), CSV, JSON and HTML, each checked for the
 * measure names, values, RAG and published benchmark figures of the scorecard it was built from; and
 * every public document put to the attacker of the disclosure tests. The scorecard and the committee
 * report's workforce, audit and budget sections are built on both stores (and must agree); the files
 * are rendered once, since a renderer reads only the model.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Scorecard, ScorecardRow } from '../framework/model.ts';
import { importDefaultFramework } from '../framework/versions.ts';
import { testBackends } from '../store/testing.ts';
import { synthesizeCouncil } from '../synth/index.ts';
import { benchmarkingDocument } from './benchmarking-document.ts';
import { committeeDocument } from './committee-document.ts';
import { assertNothingRecovered } from './disclosure-attack.testing.ts';
import type { ReportDocument } from './document.ts';
import type { ExtraSection } from './extra-sections.ts';
import { formatValue, ragLabel } from './format.ts';
import { parseReportPeriod } from './period.ts';
import { REPORT_FORMATS, SCORECARD_FORMATS, renderDocument, type DocumentFormat } from './render.ts';
import { scorecardDocument } from './scorecard-document.ts';
import { loadCommitteeExtras, loadScorecard } from './source.ts';
import { statementDocument } from './statement-document.ts';

const AT = '2025-03-31';
const PERIOD = parseReportPeriod('2024-25Q4');
const COUNCIL = { kind: 'council', id: null } as const;

interface Built {
  scorecard: Scorecard;
  extras: ExtraSection[];
}

const built: Built[] = [];

describe('the documents of a synthetic council', () => {
  before(async () => {
    for (const backend of testBackends()) {
      const db = await backend.open();
      try {
        await synthesizeCouncil(db, { population: 2000, years: 3, seed: 'documents', to: AT });
        const [council] = await db.query<{ la_code: string }>('SELECT la_code FROM council');
        await importDefaultFramework(db, council!.la_code, 'test');
        const request = { at: AT, level: COUNCIL, la: council!.la_code, period: PERIOD.text };
        const scorecard = await loadScorecard(db, request);
        const extras = await loadCommitteeExtras(db, { ...request, periodKind: PERIOD.kind }, scorecard);
        // The caseload read from the scorecard's trend is what the engine gives when asked afresh.
        assert.deepEqual(extras, await loadCommitteeExtras(db, { ...request, periodKind: PERIOD.kind }));
        built.push({ scorecard, extras });
      } finally {
        await db.close();
      }
    }
  });

  test('both stores build the same scorecard and committee sections', () => {
    const [first, ...rest] = built.map(({ scorecard, extras }) =>
      JSON.stringify({ scorecard: { ...scorecard, producedAt: '' }, extras }),
    );
    for (const other of rest) assert.equal(other, first);
  });

  test('the committee report has workforce and budget sections filled from the records', () => {
    const { extras } = built[0]!;
    const workforce = extras.find((s) => s.title.startsWith('Workforce'));
    assert.ok(workforce?.table, 'the synthetic council has social workers');
    const [now] = workforce.table.rows;
    assert.equal(now!.label, '31 March 2025');
    // Cases per FTE = children allocated / FTE, as the table prints both.
    const [caseload, children, fte] = now!.values as number[];
    assert.ok(Math.abs(caseload! - children! / fte!) < 0.01, `${caseload} = ${children} / ${fte}`);
    const budget = extras.find((s) => s.title === 'Budget');
    assert.ok(budget?.table);
    const lines = budget.table.rows.slice(0, -1);
    const total = budget.table.rows.at(-1)!;
    assert.equal(total.label, 'Total');
    for (const column of [0, 1, 2]) {
      const sum = lines.reduce((acc, line) => acc + (line.values[column] ?? 0), 0);
      assert.ok(Math.abs(sum - total.values[column]!) < 0.01, `column ${column} totals`);
    }
    for (const line of lines) assert.ok(Math.abs(line.values[2]! - (line.values[1]! - line.values[0]!)) < 0.01);
  });

  describe('every document in every format', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'kestrel-council-documents-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const documents: Record<string, { formats: readonly DocumentFormat[]; build: (b: Built) => ReportDocument }> = {
      scorecard: { formats: SCORECARD_FORMATS, build: (b) => scorecardDocument(b.scorecard, { marking: 'internal' }) },
      committee: {
        formats: REPORT_FORMATS,
        build: (b) => committeeDocument(b.scorecard, { marking: 'internal', period: PERIOD, extraSections: b.extras }),
      },
      statement: { formats: REPORT_FORMATS, build: (b) => statementDocument(b.scorecard, {}) },
      benchmarking: { formats: REPORT_FORMATS, build: (b) => benchmarkingDocument(b.scorecard, {}) },
    };

    for (const [kind, { formats, build }] of Object.entries(documents))
      for (const format of formats)
        test(`${kind} as ${format}: names, values, RAG and benchmarks`, async () => {
          const { scorecard, extras } = built[0]!;
          const document = build(built[0]!);
          const file = join(dir, `${kind}.${format}`);
          writeFileSync(file, await renderDocument(document, format, scorecard));
          const text = await textOf(file, format);
          const rows = scorecard.sections.flatMap((s) => s.rows);
          if (kind === 'scorecard' || kind === 'committee') {
            const rated = rows.find((r) => r.rag !== null && r.current !== null)!;
            assert.ok(rated, 'a measure with a value and a RAG');
            assert.ok(text.includes(words(rated.title)), `${kind}.${format}: ${rated.title}`);
            if (format !== 'json') {
              assert.ok(text.includes(formatValue(rated.current, rated.unit)), `${kind}.${format}: value`);
              assert.match(text, new RegExp(ragLabel(rated.rag), 'i'));
            } else assert.ok(text.includes(`"current": ${rated.current}`));
            if (format === 'xlsx') await assertXlsxRow(file, rated);
          }
          if (kind === 'committee') assert.ok(text.includes(words(extras[0]!.title)));
          if (kind === 'statement' || kind === 'benchmarking') {
            const benchmarked = rows.find((r) => r.benchmarks?.england != null)!;
            assert.ok(benchmarked, 'a measure with a published England figure');
            assert.ok(text.includes(formatValue(benchmarked.benchmarks!.england, figureUnit(benchmarked))));
            assert.match(text, /England/);
          }
        });
  });

  test('no suppressed figure of any public document can be worked out from the rest of it', () => {
    const { scorecard, extras } = built[0]!;
    const publicDocuments: Record<string, (threshold: number) => ReportDocument> = {
      'scorecard --public': (threshold) => scorecardDocument(scorecard, { marking: 'public', threshold }),
      'committee --public': (threshold) =>
        committeeDocument(scorecard, { marking: 'public', threshold, period: PERIOD, extraSections: extras }),
      statement: (threshold) => statementDocument(scorecard, { threshold }),
      benchmarking: (threshold) => benchmarkingDocument(scorecard, { threshold }),
    };
    let hidden = 0;
    for (const [name, build] of Object.entries(publicDocuments)) hidden += assertNothingRecovered(name, build);
    assert.ok(hidden > 0, 'a council of 2,000 children has small numbers to hide');
  });
});

/** The words of a title as any format prints them (a PDF's text has its line breaks as spaces). */
function words(title: string): string {
  return title.split(/\s+/).slice(0, 4).join(' ');
}

/** Counts are benchmarked as rates per 10,000 (FRAMEWORK.md), so their published figure has that unit. */
function figureUnit(row: ScorecardRow): ScorecardRow['unit'] {
  return row.unit === 'count' ? 'rate-per-10k' : row.unit;
}

async function textOf(file: string, format: DocumentFormat): Promise<string> {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  if (format === 'pdf') return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  if (format === 'docx')
    return flat(execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, ' '))
      .replace(/&amp;/g, '&')
      .replace(/ +/g, ' ');
  if (format === 'xlsx') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const texts: string[] = [];
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          texts.push(cell.text);
        }),
      );
    return flat(texts.join(' '));
  }
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  return format === 'html' ? flat(text.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&')) : flat(text);
}

/** The measure's row in the workbook: the figure a number (not text) and the RAG cell filled in its colour. */
async function assertXlsxRow(file: string, row: ScorecardRow): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  let found: ExcelJS.Row | undefined;
  book.worksheets[0]!.eachRow((r) => {
    if (r.getCell(2).value === row.title) found ??= r;
  });
  assert.ok(found, `no row for ${row.title}`);
  const values = (found.values as unknown[]).filter((v) => typeof v === 'number');
  assert.ok(values.includes(row.current as number), `${row.current} kept as a number`);
  let filled = false;
  found.eachCell((cell) => {
    if (cell.text === ragLabel(row.rag)) filled = (cell.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid';
  });
  assert.ok(filled, 'the RAG cell is filled');
}
