/**
 * Writes an SSDA903 return as the DfE's CSV set: one file per table, named as the DfE validator
 * expects, columns in the DfE order, blank cells for null. The reverse of read-903-csv.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES_903, type Row, type Tables903 } from '../ssda903/dataset.ts';
import { COLUMNS_903, FILE_NAMES_903 } from './columns-903.ts';

/** Writes each table present in `tables` (an empty table gives a header-only file). Returns the paths. */
export async function write903Csv(directory: string, tables: Tables903): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const table of TABLES_903) {
    const rows = tables[table];
    if (rows === undefined) continue;
    const path = join(directory, FILE_NAMES_903[table]);
    await writeFile(path, tableCsv(COLUMNS_903[table], rows));
    written.push(path);
  }
  return written;
}

export function tableCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((column) => csvCell(row[column] ?? null)).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
