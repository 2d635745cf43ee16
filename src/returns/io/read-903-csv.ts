/**
 * Reads an SSDA903 return in its CSV form (one file per table, RETURNS.md 1.1) into a Dataset903 and
 * a map from every row back to its file and line. Tables are told apart by file name (the DfE
 * validator's names) or else by their header row. Cells are trimmed text, blank cells null: dates
 * stay as written, so 31/02/2024 reaches the rules, which report it, rather than failing the read.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { collectionMeta, type Dataset903, type Row, type Table903, type Tables903 } from '../ssda903/dataset.ts';
import { COLUMNS_903, FILE_NAMES_903, missingColumns, tableForFileName, tableForHeader } from './columns-903.ts';
import { readCsvRecords } from './csv-stream.ts';
import { ReturnFileError } from './return-file-error.ts';
import { unreadable } from './sniff.ts';
import { withPrevious, type SourceLocation, type SourceMap } from './source-map.ts';

export interface Read903Options {
  /** Year of the 31 March ending the collection (2025 for 2024-25); the CSV files do not say. */
  year: number;
  laCode?: string | undefined;
  /** Last year's return (folder or files), for the rules that compare years. */
  previous?: string | readonly string[] | undefined;
}

export interface Read903Result {
  dataset: Dataset903;
  /** Current tables by name; last year's under `<table>_last`. */
  sources: SourceMap;
}

export interface Tables903WithSources {
  tables: Tables903;
  sources: SourceMap;
}

/** Reads the current (and optionally previous) return. Throws ReturnFileError when it cannot. */
export async function read903Csv(input: string | readonly string[], options: Read903Options): Promise<Read903Result> {
  const current = await read903CsvTables(input);
  const previous = options.previous === undefined ? undefined : await read903CsvTables(options.previous);
  return {
    dataset: {
      current: current.tables,
      previous: previous?.tables,
      meta: collectionMeta(options.year, options.laCode),
    },
    sources: previous === undefined ? current.sources : withPrevious(current.sources, previous.sources),
  };
}

/** Reads a folder of CSV files, or a list of files and folders, into tables. */
export async function read903CsvTables(input: string | readonly string[]): Promise<Tables903WithSources> {
  const files = await listCsvFiles(typeof input === 'string' ? [input] : input);
  const tables: Tables903 = {};
  const sources: SourceMap = {};
  const fileOfTable = new Map<Table903, string>();
  for (const file of files) {
    const read = await readTableFile(file);
    const earlier = fileOfTable.get(read.table);
    if (earlier !== undefined) {
      throw new ReturnFileError(
        basename(file),
        `this file holds the ${read.table} table, which ${earlier} already holds; give each table once.`,
      );
    }
    fileOfTable.set(read.table, basename(file));
    tables[read.table] = read.rows;
    sources[read.table] = read.sources;
  }
  return { tables, sources };
}

async function listCsvFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      throw new ReturnFileError(basename(input), unreadable(error));
    }
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
    if (names.length === 0) {
      throw new ReturnFileError(
        basename(input),
        `the folder holds no CSV files; expected ${Object.values(FILE_NAMES_903).slice(0, 3).join(', ')} and the other 903 tables.`,
      );
    }
    files.push(...names.map((name) => join(input, name)));
  }
  return files;
}

interface TableFile {
  table: Table903;
  rows: Row[];
  sources: SourceLocation[];
}

async function readTableFile(path: string): Promise<TableFile> {
  const name = basename(path);
  const rows: Row[] = [];
  const sources: SourceLocation[] = [];
  let table: Table903 | undefined;
  let positions: { column: string; index: number }[] = [];
  for await (const record of readCsvRecords(path)) {
    if (table === undefined) {
      table = identifyTable(name, record.cells, record.line);
      positions = columnPositions(name, table, record.cells, record.line);
      continue;
    }
    const row: Row = {};
    for (const { column, index } of positions) {
      const cell = record.cells[index];
      row[column] = cell === undefined || cell === '' ? null : cell;
    }
    rows.push(row);
    sources.push({ file: name, line: record.line });
  }
  if (table === undefined)
    throw new ReturnFileError(name, 'the file has no header row; expected a row of column names such as CHILD,DOB,...');
  return { table, rows, sources };
}

function identifyTable(name: string, header: readonly string[], line: number): Table903 {
  const byName = tableForFileName(name);
  if (byName !== undefined) {
    const missing = missingColumns(byName, header);
    if (missing.length > 0) {
      throw new ReturnFileError(
        name,
        `the ${byName} table lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${COLUMNS_903[byName].join(', ')}).`,
        line,
      );
    }
    return byName;
  }
  const byHeader = tableForHeader(header);
  if (byHeader === undefined) {
    throw new ReturnFileError(
      name,
      `the file name and its columns (${header.join(', ')}) match no 903 table. Name it as the DfE does (${Object.values(FILE_NAMES_903).join(', ')}) or give the table's columns.`,
      line,
    );
  }
  return byHeader;
}

/** Where each known column sits in the header; unknown columns are left out of the rows. */
function columnPositions(
  name: string,
  table: Table903,
  header: readonly string[],
  line: number,
): { column: string; index: number }[] {
  const seen = new Map<string, number>();
  header.forEach((cell, index) => {
    const column = cell.trim().toUpperCase();
    if (seen.has(column) && COLUMNS_903[table].includes(column)) {
      throw new ReturnFileError(name, `the column ${column} appears twice in the header row.`, line);
    }
    seen.set(column, index);
  });
  return COLUMNS_903[table].map((column) => ({ column, index: seen.get(column) ?? -1 }));
}
