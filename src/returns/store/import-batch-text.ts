/** Import batches (import-batches.ts) as text for the terminal and as CSV, for `kestrel imports`. */
import type { ImportBatch, ImportBatchSummary } from './import-batches.ts';

/** One line per import, tab-separated under a header. */
export function formatBatchList(batches: readonly ImportBatchSummary[]): string {
  const lines = [
    'id\tcouncil\treturn\tyear\tstarted\tactor\tfiles\tstored\tleft out\terrors\tqueries\taccepted errors',
  ];
  for (const b of batches) {
    lines.push(
      [
        b.id,
        b.laCode,
        b.kind,
        b.collectionYear ?? '',
        b.startedAt,
        b.actor,
        b.files.map((f) => f.name).join(' '),
        storedTotal(b),
        b.leftOutTotal,
        b.errors,
        b.queries,
        b.acceptedErrors ? 'yes' : 'no',
      ].join('\t'),
    );
  }
  if (batches.length === 0) lines.push('(no imports yet)');
  return `${lines.join('\n')}\n`;
}

/** One import: what, who, when, the counts, then every left-out row and finding kept. */
export function formatBatch(b: ImportBatch): string {
  const lines = [
    `import ${b.id}: ${b.kind} ${b.collectionYear ?? ''} into council ${b.laCode}`.replace('  ', ' '),
    `by ${b.actor}, ${b.startedAt} to ${b.finishedAt}${b.acceptedErrors ? ', errors accepted (--accept-errors)' : ''}`,
    'files:',
    ...b.files.map((f) => `  ${f.name}  ${f.bytes} bytes  sha256 ${f.sha256}`),
    'stored:',
    ...Object.entries(b.stored).map(
      ([table, c]) => `  ${table}: ${c.inserted} new, ${c.updated} changed${c.deleted ? `, ${c.deleted} removed` : ''}`,
    ),
    `left out: ${b.leftOutTotal}${b.leftOutRows.length < b.leftOutTotal ? ` (the first ${b.leftOutRows.length} kept)` : ''}`,
    ...b.leftOutRows.map(
      (r) =>
        `  ${r.file}${r.line === undefined ? '' : ` line ${r.line}`}${r.child === undefined ? '' : ` child ${r.child}`} (${r.table}): ${r.reason}`,
    ),
    `findings: ${b.errors} errors, ${b.queries} queries${b.findingsCapped ? ` (the first ${b.findings.length} kept)` : ''}`,
    ...b.findings.map(
      (f) =>
        `  ${f.code} ${f.severity} ${f.file ?? f.table}${f.line === undefined ? '' : ` line ${f.line}`}${f.child === undefined ? '' : ` child ${f.child}`}: ${f.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** The left-out rows and findings of one import as one CSV: kind, code, severity, table, file, line, child, reason. */
export function batchCsv(b: ImportBatch): string {
  const rows: (string | number | undefined)[][] = [
    ['kind', 'code', 'severity', 'table', 'file', 'line', 'child', 'reason'],
  ];
  for (const r of b.leftOutRows) rows.push(['left out', '', '', r.table, r.file, r.line, r.child, r.reason]);
  for (const f of b.findings) rows.push(['finding', f.code, f.severity, f.table, f.file, f.line, f.child, f.message]);
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // A leading = + - @ would be read as a formula by a spreadsheet (CSV injection): quoted with a '.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows an import stored (new and changed) over every table. */
export function storedTotal(b: ImportBatchSummary): number {
  return Object.values(b.stored).reduce((sum, c) => sum + c.inserted + c.updated, 0);
}
