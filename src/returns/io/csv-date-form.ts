/**
 * The 903 CSV writes dates dd/mm/yyyy (DfE SSDA903 specification; the DfE validator reads each CSV
 * date with format %d/%m/%Y). A date written yyyy-mm-dd is read there as no date at all, so every
 * rule on that date then fails or passes for the wrong reason. The rules here accept ISO (the XML
 * reader and our exports use it), so the CSV reader's caller flags each ISO date cell instead of
 * taking it silently: one error per cell, with its file, line, column and child.
 */
import type { Finding } from '../findings.ts';
import type { Tables903 } from '../ssda903/dataset.ts';
import type { SourceMap } from './source-map.ts';

/** The date columns of the 903 CSV tables (columns-903.ts). */
export const DATE_COLUMNS_903: ReadonlySet<string> = new Set([
  'DOB',
  'MC_DOB',
  'DECOM',
  'DEC',
  'REVIEW',
  'DUC',
  'DATE_INT',
  'DATE_MATCH',
  'DATE_PLACED',
  'DATE_PLACED_CEASED',
  'DATE_PERM',
  'MIS_START',
  'MIS_END',
  'SW_DECOM',
  'SW_DEC',
  'DOLO_START',
  'DOLO_END',
]);

/** The code of these findings, so a report tells them from the DfE's rule codes. */
export const CSV_DATE_CODE = 'CSV-DATE';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isoDatesInCsv(tables: Tables903, sources: SourceMap): Finding[] {
  const findings: Finding[] = [];
  for (const [table, rows] of Object.entries(tables)) {
    if (rows === undefined) continue;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      // A return has a few hundred thousand cells: walk the row's own columns without copying them,
      // and look closer only at a cell with a hyphen in it (a dd/mm/yyyy date has none).
      for (const column in row) {
        const cell = row[column];
        if (cell === null || cell === undefined || !cell.includes('-') || !DATE_COLUMNS_903.has(column)) continue;
        const date = cell.trim();
        if (!ISO.test(date)) continue;
        const [y, m, d] = date.split('-');
        findings.push({
          table,
          row: index,
          code: CSV_DATE_CODE,
          severity: 'error',
          fields: [column],
          message: `${column} is written ${date}: dates in the 903 CSV files are dd/mm/yyyy (${d}/${m}/${y}); the DfE validator reads this as no date.`,
          child: row['CHILD'] ?? undefined,
          source: sources[table]?.[index],
        });
      }
    }
  }
  return findings;
}
