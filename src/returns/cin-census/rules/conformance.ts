/**
 * Reads the conformance cases recorded from the open CIN validator (shared/conformance/cin) and turns
 * each call's input tables into a DatasetCin, the way our XML reader would hand them to the rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetCin, type Row, type TableCin, TABLES_CIN, type TablesCin } from '../dataset.ts';

export const CONFORMANCE_DIR = new URL('../../../../test-data/conformance/cin/', import.meta.url).pathname;

interface CaseTable {
  columns: string[];
  index: Array<string | number>;
  rows: unknown[][];
}

export interface ConformanceOutput {
  kind: string;
  table: string;
  field: string;
  row: string | number;
}

export interface ConformanceCall {
  input: Record<string, CaseTable>;
  output: ConformanceOutput[] | null;
  la_level: unknown;
}

export interface ConformanceCase {
  ruleset: string;
  code: string;
  message: string;
  affected_fields: string[];
  test_passed: boolean;
  calls: ConformanceCall[];
}

/** Ruleset folder to collection year: cin2022_23 -> 2023. */
export function yearOfRuleset(ruleset: string): number {
  const match = /^cin(\d{4})_(\d{2})$/.exec(ruleset);
  if (!match) throw new Error(`Not a CIN ruleset folder: ${ruleset}`);
  return Number(match[1]) + 1;
}

export function loadConformanceCases(dir = CONFORMANCE_DIR): ConformanceCase[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('cin'))
    .sort()
    .flatMap((ruleset) =>
      readdirSync(join(dir, ruleset))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({
          ruleset,
          ...(JSON.parse(readFileSync(join(dir, ruleset, name), 'utf8')) as Omit<ConformanceCase, 'ruleset'>),
        })),
    );
}

const DATE_COLUMN = /Date|InitialCPCtarget/;

/**
 * The peer's tests build some dates day-first (31/03/2022, 17-06-2021) and parse them with pandas; our
 * reader only ever sees the schema's yyyy-mm-dd, so such cells in date columns are rewritten to it.
 */
function normaliseDate(value: string): string {
  const match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(value);
  if (!match) return value;
  const [, d, m, y] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

function cellText(value: unknown, column: string): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).join(',');
  const asText = String(value);
  return DATE_COLUMN.test(column) ? normaliseDate(asText) : asText;
}

/** The call's input as a dataset for `year`, with row labels per table to map flagged rows back. */
export function datasetFromCall(
  call: ConformanceCall,
  year: number,
): { data: DatasetCin; labels: Map<string, string[]> } {
  const tables: TablesCin = {};
  const labels = new Map<string, string[]>();
  for (const [name, table] of Object.entries(call.input)) {
    if (!(TABLES_CIN as readonly string[]).includes(name)) continue;
    const rows: Row[] = table.rows.map((cells) =>
      Object.fromEntries(table.columns.map((column, i) => [column, cellText(cells[i], column)])),
    );
    tables[name as TableCin] = rows;
    labels.set(name, table.index.map(String));
  }
  const headerDate = tables.Header?.[0]?.['ReferenceDate'];
  const referenceDate = headerDate && /^\d{4}-\d{2}-\d{2}$/.test(headerDate) ? headerDate : `${year}-03-31`;
  const refYear = Number(referenceDate.slice(0, 4));
  const data: DatasetCin = {
    tables,
    meta: { year, referenceDate, collectionStart: `${refYear - 1}-04-01` },
  };
  return { data, labels };
}
