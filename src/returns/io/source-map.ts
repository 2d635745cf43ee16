/**
 * Where each row of a read return came from, so a finding on (table, row) can name the file and line
 * a performance officer opens to fix it. Rows are indexed exactly as in the dataset's tables.
 */
export interface SourceLocation {
  file: string;
  /** 1-based line: of the CSV record, of the XML element, or of the spreadsheet row. */
  line?: number | undefined;
}

/** Table name to one location per row, index for index with the dataset table. */
export type SourceMap = Record<string, SourceLocation[]>;

export function locate(sources: SourceMap, table: string, row: number): SourceLocation | undefined {
  return sources[table]?.[row];
}

/** Last year's tables are keyed with this suffix, as the DfE validator names them (Episodes_last). */
export const PREVIOUS_SUFFIX = '_last';

/** Merge a previous year's map under `<table>_last` keys into the current map. */
export function withPrevious(current: SourceMap, previous: SourceMap): SourceMap {
  const merged: SourceMap = { ...current };
  for (const [table, rows] of Object.entries(previous)) merged[`${table}${PREVIOUS_SUFFIX}`] = rows;
  return merged;
}
