/**
 * Reads a CSV of manual measure values: a header row naming the columns (indicator_id, period_from,
 * period_to, value, and optionally level_kind, level_id, numerator, denominator, note), one value per
 * row. Column names are matched ignoring case and spaces. Blank lines are skipped.
 */
import { parse } from 'csv-parse/sync';

export const MEASURE_CSV_COLUMNS = [
  'indicator_id',
  'period_from',
  'period_to',
  'level_kind',
  'level_id',
  'value',
  'numerator',
  'denominator',
  'note',
] as const;
const REQUIRED = ['indicator_id', 'period_from', 'period_to', 'value'];

export interface MeasureCsv {
  /** One object per data row, keyed by canonical column name. */
  rows: Record<string, string>[];
  /** File line of each row (1-based, header is line 1), for error messages. */
  lines: number[];
}

/** Parses the text; throws an Error naming the problem when the header is unusable or the CSV malformed. */
export function readMeasuresCsv(text: string): MeasureCsv {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    relax_column_count: false,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const header = records[0]?.record.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  if (!header) throw new Error('the file is empty: expected a header row');
  const unknown = header.filter((name) => !(MEASURE_CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(`unknown column(s): ${unknown.join(', ')}; expected ${MEASURE_CSV_COLUMNS.join(', ')}`);
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length) throw new Error(`missing column(s): ${missing.join(', ')}`);
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  for (const { record, info } of records.slice(1)) {
    rows.push(Object.fromEntries(header.map((name, index) => [name, (record[index] ?? '').trim()])));
    lines.push(info.lines);
  }
  return { rows, lines };
}
