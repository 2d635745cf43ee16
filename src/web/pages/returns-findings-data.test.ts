/**
 * The findings pages' arithmetic and markup without a store: pages of 50 capped at the first 1,000
 * (the rest in the download), counts by rule with errors first, the upload form's refusals, and the
 * findings table linking only the children the caller may open.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BatchFinding } from '../../returns/store/import-batches.ts';
import { listPage, pageNumber, ruleCounts, SHOWN_FINDINGS } from './returns-findings-data.ts';
import { readUploadForm } from './returns-form-data.ts';
import { FindingsTable } from './returns-parts.tsx';

function finding(n: number, code = n % 2 ? '103' : '8770Q', child = `C${n % 7}`): BatchFinding {
  return {
    code,
    severity: code.endsWith('Q') ? 'query' : 'error',
    table: 'Header',
    fields: ['UPN'],
    message: 'm',
    child,
    file: 'header.csv',
    line: n + 2,
  };
}

test('pages of 50, capped for people at the first 1,000 findings', () => {
  const rows = Array.from({ length: 1234 }, (_, n) => finding(n));
  assert.equal(SHOWN_FINDINGS, 1000);
  const first = listPage(rows, 1);
  assert.deepEqual(
    [first.page, first.pages, first.from, first.to, first.total, first.shown],
    [1, 20, 1, 50, 1234, 1000],
  );
  const last = listPage(rows, 99);
  assert.deepEqual([last.page, last.from, last.to], [20, 951, 1000], 'a page past the end is the last');
  assert.deepEqual(listPage([], 1), { rows: [], page: 1, pages: 1, from: 0, to: 0, total: 0, shown: 0 });
  assert.deepEqual(['3', '0', '-1', 'x', undefined, '2.5'].map(pageNumber), [3, 1, 1, 1, 1, 1]);
});

test('counts by rule: errors first, then by code, with rows and children', () => {
  const counts = ruleCounts([finding(1, '1103'), finding(2, '8770Q'), finding(3, '103'), finding(10, '103', 'C3')]);
  assert.deepEqual(
    counts.map((c) => [c.code, c.severity, c.rows, c.children]),
    [
      ['103', 'error', 2, 1],
      ['1103', 'error', 1, 1],
      ['8770Q', 'query', 1, 1],
    ],
  );
});

test('the findings table links only the children the caller may open, and pages past the cap are not offered', () => {
  const rows = Array.from({ length: 1234 }, (_, n) => finding(n));
  const html = String(
    FindingsTable({ list: listPage(rows, 2), openable: new Set(['C1']), href: (n) => `/f?page=${n}` }),
  );
  assert.match(html, /<a class="govuk-link" href="\/children\/C1">C1<\/a>/);
  assert.doesNotMatch(html, /href="\/children\/C2"/);
  assert.match(html, />C2</, 'a child the caller may not open is plain text');
  assert.match(html, /Findings 51 to 100 of 1,234/);
  assert.match(html, /the first 1,000 of 1,234 findings; the download has them all/);
  assert.match(html, /href="\/f\?page=20"/);
  assert.doesNotMatch(html, /href="\/f\?page=21"/);
  assert.match(html, /aria-current="page"[^>]*>2</);
});

test('the upload form: which return, its files by name, the year as four digits', async () => {
  const form = (fields: Record<string, string>, names: string[]) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    for (const name of names) data.append('files', new File(['x'], name));
    return readUploadForm(data);
  };
  assert.deepEqual(await form({}, ['a.xml']), { field: 'kind', message: 'Select the return you are uploading' });
  assert.equal(((await form({ kind: 'cin' }, [])) as { field: string }).field, 'files');
  assert.match(((await form({ kind: 'cin' }, ['a.xlsx'])) as { message: string }).message, /one XML file/);
  assert.match(((await form({ kind: '903' }, ['a.xml', 'b.xml'])) as { message: string }).message, /CSV files/);
  assert.equal(((await form({ kind: 'cin', year: '25' }, ['a.xml'])) as { field: string }).field, 'year');
  const csv = await form({ kind: '903', year: ' 2025 ' }, ['header.csv', 'episodes.CSV']);
  assert.deepEqual('files' in csv && [csv.kind, csv.year, csv.files.map((f) => f.name)], [
    '903',
    2025,
    ['header.csv', 'episodes.CSV'],
  ]);
  const annexA = await form({ kind: 'annexa', year: '2025' }, ['annex.xlsx']);
  assert.equal('files' in annexA && annexA.year, undefined, 'Annex A has no collection year');
});
