/**
 * Reads the DfE published tables in data/dfe. Columns are read by header name (their order differs
 * between files), a UTF-8 byte order mark is ignored, and the suppression symbols DfE uses
 * (c suppressed, z not applicable, x or : not available, k under 0.5%) read as "no figure".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

export const DFE_DATA_DIR = fileURLToPath(new URL('../../data/dfe/', import.meta.url));

const cache = new Map<string, CsvRow[]>();

/** Every row of a DfE table as an object keyed by header name (cached: the files do not change). */
export function readDfeTable(file: string, dir = DFE_DATA_DIR): CsvRow[] {
  const path = join(dir, file);
  let rows = cache.get(path);
  if (!rows) {
    rows = parse(readFileSync(path), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as CsvRow[];
    cache.set(path, rows);
  }
  return rows;
}

const SUPPRESSED = new Set(['c', 'z', 'x', ':', 'k', '', 'low', 'u']);

/** A published figure as a number, or undefined when suppressed or not available. */
export function figure(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (SUPPRESSED.has(text.toLowerCase())) return undefined;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
