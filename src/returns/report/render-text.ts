/**
 * Findings as text: a terminal table for a person at a prompt, JSON for programs, and CSV for a
 * spreadsheet. All three list the same fields in the same order (see FINDING_COLUMNS).
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

/** A fixed-width table that fits `width` characters, the message column taking what is left. */
export function renderTerminal(findings: readonly Finding[], width = 120): string {
  const rows = findings.map((finding) => {
    const cells = findingCells(finding);
    const where = cells[4] === '' ? (cells[3] ?? '') : `${cells[3]}:${cells[4]}`;
    return [cells[0] ?? '', cells[1] ?? '', cells[2] ?? '', where, cells[5] ?? '', cells[6] ?? ''];
  });
  const titles = ['Severity', 'Rule', 'Child', 'Where', 'Fields', 'Message'];
  const fixed = [0, 1, 2, 3, 4].map((i) => Math.min(i === 3 ? 30 : 20, Math.max(titles[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0))));
  const messageWidth = Math.max(20, width - fixed.reduce((a, b) => a + b, 0) - 2 * fixed.length);
  const widths = [...fixed, messageWidth];
  const line = (cells: readonly string[]): string => cells.map((cell, i) => fit(cell, widths[i] ?? 10)).join('  ').trimEnd();
  const out = [line(titles), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', summaryLine(findings)];
  return `${out.join('\n')}\n`;
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

export function renderJson(findings: readonly Finding[]): string {
  return `${JSON.stringify({ summary: summarise(findings), findings }, null, 2)}\n`;
}

/** RFC 4180 CSV with a header row. Cells a spreadsheet would run as formulas are prefixed with '. */
export function renderCsv(findings: readonly Finding[]): string {
  const lines = [FINDING_COLUMNS.join(','), ...findings.map((finding) => findingCells(finding).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(text: string): string {
  // OWASP "CSV injection": a cell starting with = + - @ (or tab/CR) is a formula to Excel.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
