/**
 * Streams one CSV file as arrays of trimmed cells with the 1-based line each record starts on.
 * csv-parse stays strict (every record has the header's cell count, quotes must close); its errors
 * become a ReturnFileError with the line and a plain sentence. A file of plain ASCII cells without
 * quotes (as most returns are) is split directly, several times faster; whatever it holds otherwise,
 * csv-parse reads (loaded only then: its fourteen modules are a tenth of a small validation's start-up).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CsvError } from 'csv-parse';
import { ReturnFileError } from './return-file-error.ts';
import { assertTextFile, unreadable } from './sniff.ts';

export interface CsvRecord {
  cells: string[];
  /** Line the record starts on (a quoted cell may run over several lines). */
  line: number;
}

/** Yields every non-blank record, the header row first. */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  await assertTextFile(path, 'CSV');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw toReturnFileError(path, error);
  }
  const plain = plainRecords(text);
  if (plain !== undefined) {
    yield* plain;
    return;
  }
  yield* parsedRecords(path);
}

/** Anything but printable ASCII (and tab), a quotation mark, or a carriage return not before a line feed. */
const NOT_PLAIN = /[^\t\n\r\x20\x21\x23-\x7e]|\r(?!\n)/;

/**
 * The records of a file that needs no CSV parser: printable ASCII, no quotes, one kind of line ending,
 * every record with the header's cell count (csv-parse words every error, so a file with one is left
 * to it). The same records, cells and lines csv-parse gives; undefined when the file is not such.
 */
export function plainRecords(source: string): CsvRecord[] | undefined {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (NOT_PLAIN.test(text)) return undefined;
  const lines = text.split('\n');
  const crlf = text.includes('\r');
  const records: CsvRecord[] = [];
  let width: number | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    let line = lines[index]!;
    if (crlf) {
      // Every line ends CR LF, or none does (the last may have no ending at all).
      if (!line.endsWith('\r') && index < lines.length - 1) return undefined;
      line = line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (line === '') continue;
    const cells = line.split(',').map((cell) => cell.trim());
    width ??= cells.length;
    if (cells.length !== width) return undefined;
    if (cells.every((cell) => cell === '')) continue;
    records.push({ cells, line: index + 1 });
  }
  return records;
}

/** The records as csv-parse reads them (any CSV), streamed from the file. */
export async function* parsedRecords(path: string): AsyncGenerator<CsvRecord> {
  const { parse, CsvError } = await import('csv-parse');
  const parser = createReadStream(path).pipe(
    parse({ info: true, raw: true, bom: true, trim: true, skip_empty_lines: true }),
  );
  // csv-parse's own line counter counts a CRLF twice after a mixed line ending, so count from the raw
  // text: every record's raw text includes the blank lines skipped before it. Records of empty cells
  // are skipped here, after their lines are counted.
  let breaksBefore = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = breaksBefore + leadingBreaks(item.raw) + 1;
      breaksBefore += countBreaks(item.raw);
      if (item.record.every((cell) => cell === '')) continue;
      yield { cells: item.record, line };
    }
  } catch (error) {
    throw error instanceof CsvError ? csvFileError(path, error) : toReturnFileError(path, error);
  } finally {
    parser.destroy();
  }
}

function csvFileError(path: string, error: CsvError): ReturnFileError {
  const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
  return new ReturnFileError(basename(path), explainCsvError(error), line);
}

function toReturnFileError(path: string, error: unknown): ReturnFileError {
  const name = basename(path);
  if (error instanceof ReturnFileError) return error;
  if ((error as { code?: string } | null)?.code?.startsWith('E')) return new ReturnFileError(name, unreadable(error));
  return new ReturnFileError(
    name,
    `the file could not be read as CSV (${error instanceof Error ? error.message : String(error)}).`,
  );
}

function explainCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const counts = /expect (\d+), got (\d+)/.exec(error.message);
      const cells = counts === null ? 'a different number of cells' : `${counts[2]} cells`;
      return `this row has ${cells} but the header row has ${counts?.[1] ?? 'another number'}; every row needs one cell per column.`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a cell opens a quotation mark (") that is never closed.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quotation mark (") inside a cell is not doubled; write "" for a quote inside a quoted cell.';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows a closing quotation mark in a cell.';
    default:
      return `the file is not valid CSV (${error.message}).`;
  }
}

function countBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) count += 1;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) count += 1;
  }
  return count;
}

function leadingBreaks(text: string): number {
  let end = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) end = i + 1;
    else if (c !== 0x20 && c !== 0x09) break;
  }
  return countBreaks(text.slice(0, end));
}
