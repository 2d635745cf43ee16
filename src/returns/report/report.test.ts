import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Finding, RuleInfo } from '../findings.ts';
import type { SourceMap } from '../io/source-map.ts';
import { renderHtml } from './render-html.ts';
import { renderCsv, renderJson, renderTerminal, summaryLine } from './render-text.ts';
import { renderXlsx } from './render-xlsx.ts';
import { exitCodeFor, runRules, tables903, toFindings, type RunnableRule } from './to-findings.ts';

type Tables = Record<string, Record<string, string | null>[]>;

const TABLES: Tables = {
  Episodes: [
    { CHILD: 'T1', DECOM: '31/02/2024' },
    { CHILD: 'T2', DECOM: '01/05/2024' },
  ],
  Header: [{ CHILD: 'T1' }, { CHILD: 'T2' }],
};
const SOURCES: SourceMap = {
  Episodes: [
    { file: 'episodes.csv', line: 2 },
    { file: 'episodes.csv', line: 3 },
  ],
  Header: [{ file: 'header.csv', line: 2 }],
};

function info(code: string, fields: string[]): RuleInfo {
  return {
    code,
    message: `Message for ${code}`,
    affectedFields: fields,
    severity: /q$/i.test(code) ? 'query' : 'error',
    years: { from: 2023 },
  };
}

function rule(code: string, fields: string[], validate: RunnableRule<Tables>['validate']): RunnableRule<Tables> {
  return { ...info(code, fields), validate };
}

describe('toFindings', () => {
  test('attaches file, line and child; errors sort before queries', () => {
    const rules = [
      rule('1007Q', ['DECOM'], () => [{ table: 'Episodes', row: 1 }]),
      rule('103', ['DECOM'], (t) =>
        (t['Episodes'] ?? []).flatMap((r, i) => (r['DECOM'] === '31/02/2024' ? [{ table: 'Episodes', row: i }] : [])),
      ),
    ];
    const { results, failures } = runRules(rules, TABLES);
    assert.deepEqual(failures, []);
    const findings = toFindings(results, TABLES, SOURCES, 'CHILD');
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity, f.child, f.source?.line, f.fields]),
      [
        ['103', 'error', 'T1', 2, ['DECOM']],
        ['1007Q', 'query', 'T2', 3, ['DECOM']],
      ],
    );
    assert.equal(exitCodeFor(findings), 1);
    assert.equal(exitCodeFor(findings.filter((f) => f.severity === 'query')), 0);
    assert.equal(exitCodeFor([]), 0);
  });

  test('CIN cells of one row merge into one finding naming each field', () => {
    const tables = { CINdetails: [{ LAchildID: 'C9', CINreferralDate: '2024-13-01' }] };
    const results = [
      {
        rule: info('8500', ['CINreferralDate', 'CINclosureDate']),
        flagged: [
          { table: 'CINdetails', row: 0, field: 'CINreferralDate' },
          { table: 'CINdetails', row: 0, field: 'CINclosureDate' },
        ],
      },
    ];
    const findings = toFindings(results, tables, { CINdetails: [{ file: 'cin.xml', line: 40 }] }, 'LAchildID');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.fields, ['CINreferralDate', 'CINclosureDate']);
    assert.equal(findings[0]?.child, 'C9');
  });

  test('a rule that throws becomes one finding; last year rows resolve through _last', () => {
    const boom = rule('999', ['X'], () => {
      throw new Error('bad index');
    });
    const { failures } = runRules([boom], TABLES);
    assert.equal(failures.length, 1);
    assert.match(failures[0]?.message ?? '', /Rule 999 could not run \(bad index\)/);
    const all = tables903({ Header: [{ CHILD: 'T1' }] }, { Header: [{ CHILD: 'OLD1' }] });
    const findings = toFindings(
      [{ rule: info('503A', ['DECOM']), flagged: [{ table: 'Header_last', row: 0 }] }],
      all,
      { Header_last: [{ file: 'last/header.csv', line: 2 }] },
      'CHILD',
    );
    assert.deepEqual([findings[0]?.child, findings[0]?.source?.file], ['OLD1', 'last/header.csv']);
  });
});

const FINDINGS: Finding[] = [
  {
    table: 'Episodes',
    row: 0,
    code: '103',
    severity: 'error',
    message: 'DECOM is not a valid date, "quoted", a,b',
    fields: ['DECOM'],
    child: '<script>alert(1)</script>',
    source: { file: 'episodes.csv', line: 2 },
  },
  {
    table: 'Header',
    row: 1,
    code: '1007Q',
    severity: 'query',
    message: 'Check this',
    fields: ['DOB', 'SEX'],
    child: '=HYPERLINK("x")',
    source: { file: 'header.csv', line: 3 },
  },
  {
    table: 'XML',
    row: 0,
    code: 'XSD',
    severity: 'error',
    message: 'Not well-formed',
    fields: [],
    source: { file: 'a.xml', line: 9 },
  },
];

describe('renderers', () => {
  test('summary and terminal table', () => {
    assert.equal(summaryLine(FINDINGS), '2 errors and 1 query about 2 children, from 3 rules.');
    assert.equal(summaryLine([]), 'No errors or queries.');
    const text = renderTerminal(FINDINGS, 100);
    const lines = text.split('\n');
    assert.match(lines[0] ?? '', /^Severity\s+Rule\s+Child\s+Where\s+Fields\s+Message/);
    assert.ok(
      lines.every((line) => line.length <= 100),
      'fits the width',
    );
    assert.match(text, /episodes\.csv:2/);
  });

  test('the table and the HTML page list the first findings and count the rest', () => {
    const table = renderTerminal(FINDINGS, 100, 2);
    assert.match(table, /\.\.\. and 1 more finding: --format csv or json lists every one\.\n\n2 errors and 1 query/);
    assert.doesNotMatch(table, /a\.xml:9/, 'the third finding is counted, not listed');
    const html = renderHtml(FINDINGS, { title: 'x' }, 2);
    assert.match(html, /This page lists the first 2 findings\. \.\.\. and 1 more finding/);
    assert.doesNotMatch(html, /Not well-formed/);
    assert.match(html, /2 errors and 1 query/, 'the summary counts every finding');
  });

  test('JSON of no findings is still a report', () => {
    assert.deepEqual(JSON.parse(renderJson([])), {
      summary: { errors: 0, queries: 0, children: 0, rules: 0 },
      findings: [],
    });
  });

  test('JSON carries the summary and every finding', () => {
    const parsed = JSON.parse(renderJson(FINDINGS)) as { summary: { errors: number }; findings: Finding[] };
    assert.equal(parsed.summary.errors, 2);
    assert.equal(parsed.findings.length, 3);
  });

  test('CSV quotes commas and quotes, and defuses formulas', () => {
    const lines = renderCsv(FINDINGS).split('\r\n');
    assert.equal(lines[0], 'Severity,Rule,Child,File,Line,Fields,Message');
    assert.equal(
      lines[1],
      'error,103,<script>alert(1)</script>,episodes.csv,2,DECOM,"DECOM is not a valid date, ""quoted"", a,b"',
    );
    assert.match(lines[2] ?? '', /^query,1007Q,"'=HYPERLINK\(""x""\)",header\.csv,3,"DOB, SEX",Check this$/);
  });

  test('XLSX has a findings sheet and a by-rule sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(FINDINGS)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Findings');
    assert.equal(sheet?.getRow(2).getCell(2).value, '103');
    assert.equal(sheet?.getRow(2).getCell(5).value, 2);
    assert.equal(workbook.getWorksheet('By rule')?.rowCount, 4);
  });

  test('HTML escapes data, groups by rule and by child, and links them', () => {
    const html = renderHtml(FINDINGS, { title: 'SSDA903 <test> report' });
    assert.ok(!html.includes('<script>alert'));
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<title>SSDA903 &lt;test&gt; report<\/title>/);
    assert.match(html, /<html lang="en-GB">/);
    assert.match(html, /<h3 id="rule-103">Rule 103 <span class="error">\(error\)<\/span>/);
    assert.match(html, /<h3 id="child-[^"]+">Child =HYPERLINK\(&quot;x&quot;\)<\/h3>/);
    assert.match(html, /Not tied to one child/);
    assert.match(html, /<th scope="col">Child<\/th>/);
    assert.ok(html.indexOf('id="by-rule"') < html.indexOf('id="by-child"'));
    assert.match(renderHtml([], { title: 'x' }), /No errors or queries\./);
  });
});
