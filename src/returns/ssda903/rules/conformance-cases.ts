/**
 * Reads the recorded cases of the open 903 validator (/work/shared/conformance/903, see its README)
 * and turns each call into our Dataset903, so every rule can be run against the peer's own tests.
 * Cells are converted as the brief for the rule layer says: numbers become text (1 and 1.0 -> '1'),
 * null stays null, text is kept as given (the peer's tests use '' to mean "present but invalid").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addYears } from '../../../calendar/dates.ts';
import type { CollectionMeta, Dataset903, Row, Table903, Tables903 } from '../dataset.ts';
import { looseDate } from './dates.ts';

export const CONFORMANCE_DIR = new URL('../../../../test-data/conformance/903', import.meta.url).pathname;

type Cell = string | number | boolean | null;
export interface Frame {
  columns: string[];
  index: (number | string)[];
  rows: Cell[][];
}
export interface ConformanceCall {
  input: Record<string, Frame>;
  metadata: Record<string, unknown> | null;
  output: Record<string, (number | string)[]>;
}
export interface ConformanceFile {
  ruleset: string;
  year: number;
  code: string;
  message: string;
  affected_fields: string[];
  calls: ConformanceCall[];
}

/** 'lac2022_23' -> 2023 (the year of the 31 March that ends the collection). */
export function rulesetYear(ruleset: string): number {
  const match = /^lac(\d{4})_(\d{2})$/.exec(ruleset);
  if (!match) throw new Error(`Unexpected ruleset folder ${ruleset}`);
  return Number(match[1]) + 1;
}

/** Every recorded file, ruleset by ruleset, in name order. */
export function loadConformanceFiles(dir = CONFORMANCE_DIR): ConformanceFile[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('lac'))
    .sort()
    .flatMap((ruleset) =>
      readdirSync(join(dir, ruleset))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => {
          const raw = JSON.parse(readFileSync(join(dir, ruleset, name), 'utf8')) as Omit<
            ConformanceFile,
            'ruleset' | 'year'
          >;
          return { ...raw, ruleset, year: rulesetYear(ruleset) };
        }),
    );
}

export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  return String(cell);
}

export function frameRows(frame: Frame, rename: Record<string, string> = {}): Row[] {
  return frame.rows.map((cells) => {
    const row: Row = {};
    frame.columns.forEach((column, i) => {
      row[rename[column] ?? column] = cellText(cells[i]);
    });
    return row;
  });
}

/** The peer's metadata writes collection dates loosely ('31/3/2000'), so one-digit days and months pass. */
function metaDate(value: unknown): string | null {
  return typeof value === 'string' ? looseDate(value) : null;
}

/** Collection dates as the call gave them; a missing end is start + 1 year - 1 day and vice versa. */
export function callMeta(year: number, metadata: Record<string, unknown> | null): CollectionMeta {
  const given = metadata ?? {};
  const start = metaDate(given['collection_start']);
  const end = metaDate(given['collection_end']);
  const collectionStart = start ?? (end ? addDays(addYears(end, -1), 1) : `${year - 1}-04-01`);
  const collectionEnd = end ?? (start ? addDays(addYears(start, 1), -1) : `${year}-03-31`);
  const provider = given['provider_info'] as { $frame?: Frame } | undefined;
  const format = given['file_format'];
  const la = given['localAuthority'];
  return {
    year,
    collectionStart,
    collectionEnd,
    laCode: typeof la === 'string' ? la : undefined,
    providerInfo: provider?.$frame ? frameRows(provider.$frame) : undefined,
    fileFormat: format === 'csv' || format === 'xml' ? format : undefined,
  };
}

/** The call's tables as a Dataset903; tables named `X_last` become last year's return. */
export function callDataset(year: number, call: ConformanceCall, rename: Record<string, string> = {}): Dataset903 {
  const current: Tables903 = {};
  let previous: Tables903 | undefined;
  for (const [name, frame] of Object.entries(call.input)) {
    const isLast = name.endsWith('_last');
    const table = (isLast ? name.slice(0, -'_last'.length) : name) as Table903;
    if (isLast) (previous ??= {})[table] = frameRows(frame, rename);
    else current[table] = frameRows(frame, rename);
  }
  return { current, previous, meta: callMeta(year, call.metadata) };
}
