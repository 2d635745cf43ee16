/**
 * A subject access report as one self-contained HTML page (no script, no external resource), printed
 * to PDF by `kestrel sar --format pdf`. Every value is escaped: the record's text is the council's
 * data, not markup.
 */
import type { Row } from './child-records.ts';
import type { SubjectAccessReport } from './subject-access.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function table(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((c) => `<td>${escapeHtml(show(row[c]))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function renderSubjectAccessHtml(report: SubjectAccessReport): string {
  const { record } = report;
  const sections = Object.entries(record.tables)
    .map(([name, rows]) => `<h2>${escapeHtml(name)} (${rows.length})</h2>\n${table(rows)}`)
    .join('\n');
  const history = report.accessHistory.map((row) => ({
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entity_id: row.entity_id,
    detail: row.detail,
  }));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Subject access request: child ${escapeHtml(report.childId)}</title>
<style>
body { font: 10pt Arial, sans-serif; margin: 1.5cm; }
table { border-collapse: collapse; margin-bottom: 1em; width: 100%; }
th, td { border: 1px solid #b1b4b6; padding: 2px 4px; text-align: left; vertical-align: top; word-break: break-word; }
th { background: #f3f2f1; }
</style></head><body>
<h1>Subject access request: child ${escapeHtml(report.childId)}</h1>
<p>Council ${escapeHtml(report.laCode)}. Gathered ${escapeHtml(report.generatedAt)} by ${escapeHtml(report.requestedBy)}.
Everything Kestrel holds on the child, then every recorded look at or change of the record.</p>
<h2>child</h2>
${table([record.child])}
${sections}
<h2>Who viewed or changed the record (${history.length})</h2>
${table(history)}
</body></html>
`;
}
