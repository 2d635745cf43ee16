/**
 * Findings as text: a terminal table for a person at a prompt (the first SHOWN_FINDINGS), JSON for
 * programs, and CSV for a spreadsheet (every finding, produced piece by piece so they stream). All
 * three list the same fields in the same order (see FINDING_COLUMNS).
 */
import type { Finding } from '../findings.ts';
import { summarise } from './to-findings.ts';

/** Column titles shared by the CSV, XLSX and HTML outputs. */
export const FINDING_COLUMNS = ['Severity', 'Rule', 'Child', 'File', 'Line', 'Fields', 'Message'] as const;

export function findingCells(finding: Finding): string[] {
  return [
    finding.severity,
    finding.code,
    finding.child ?? '',
    finding.source?.file ?? '',
    finding.source?.line === undefined ? '' : String(finding.source.line),
    finding.fields.join(', '),
    finding.message,
  ];
}

/** "3 errors and 1 query about 2 children, from 3 rules." */
export function summaryLine(findings: readonly Finding[]): string {
  const s = summarise(findings);
  if (findings.length === 0) return 'No errors or queries.';
  const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
  return `${plural(s.errors, 'error')} and ${plural(s.queries, 'query', 'queries')} about ${plural(s.children, 'child', 'children')}, from ${plural(s.rules, 'rule')}.`;
}

/**
 * How many findings the formats meant for reading (table, HTML) show; the rest are counted. A file with
 * a systematic fault has 100,000 findings, which nobody reads and which would not fit in a string.
 */
export const SHOWN_FINDINGS = 1000;

/** "... and 123,456 more findings: --format csv or json lists every one." (empty when none are left out) */
export function moreLine(total: number, shown: number): string {
  const rest = total - shown;
  if (rest <= 0) return '';
  return `... and ${rest.toLocaleString('en-GB')} more ${rest === 1 ? 'finding' : 'findings'}: --format csv or json lists every one.`;
}

/** A fixed-width table that fits `width` characters, the message column taking what is left; the first `limit` findings. */
export function renderTerminal(findings: readonly Finding[], width = 120, limit = SHOWN_FINDINGS): string {
  const shown = findings.slice(0, limit);
  const rows = shown.map((finding) => {
    const cells = findingCells(finding);
    const where = cells[4] === '' ? (cells[3] ?? '') : `${cells[3]}:${cells[4]}`;
    return [cells[0] ?? '', cells[1] ?? '', cells[2] ?? '', where, cells[5] ?? '', cells[6] ?? ''];
  });
  const titles = ['Severity', 'Rule', 'Child', 'Where', 'Fields', 'Message'];
  const fixed = [0, 1, 2, 3, 4].map((i) =>
    Math.min(
      i === 3 ? 30 : 20,
      rows.reduce((widest, r) => Math.max(widest, r[i]?.length ?? 0), titles[i]?.length ?? 0),
    ),
  );
  const messageWidth = Math.max(20, width - fixed.reduce((a, b) => a + b, 0) - 2 * fixed.length);
  const widths = [...fixed, messageWidth];
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => fit(cell, widths[i] ?? 10))
      .join('  ')
      .trimEnd();
  const more = moreLine(findings.length, shown.length);
  const out = [
    line(titles),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(more ? [more] : []),
    '',
    summaryLine(findings),
  ];
  return `${out.join('\n')}\n`;
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** The JSON report in pieces: the summary, then one finding per line, so it streams in bounded memory. */
export function* jsonChunks(findings: readonly Finding[]): Generator<string> {
  yield `{\n  "summary": ${JSON.stringify(summarise(findings))},\n  "findings": [`;
  for (let i = 0; i < findings.length; i++) yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(findings[i])}`;
  yield `${findings.length === 0 ? '' : '\n  '}]\n}\n`;
}

export function renderJson(findings: readonly Finding[]): string {
  return [...jsonChunks(findings)].join('');
}

/** RFC 4180 CSV with a header row, one piece per row. Cells a spreadsheet would run as formulas are prefixed with '. */
export function* csvChunks(findings: readonly Finding[]): Generator<string> {
  yield `${FINDING_COLUMNS.join(',')}\r\n`;
  for (const finding of findings) yield `${findingCells(finding).map(csvCell).join(',')}\r\n`;
}

export function renderCsv(findings: readonly Finding[]): string {
  return [...csvChunks(findings)].join('');
}

function csvCell(text: string): string {
  // OWASP "CSV injection": a cell starting with = + - @ (or tab/CR) is a formula to Excel.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
