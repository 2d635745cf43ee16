/**
 * Streams one CSV file as arrays of trimmed cells with the 1-based line each record starts on.
 * csv-parse stays strict (every record has the header's cell count, quotes must close); its errors
 * become a ReturnFileError with the line and a plain sentence.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse, CsvError } from 'csv-parse';
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
  const parser = createReadStream(path).pipe(
    parse({ info: true, raw: true, bom: true, trim: true, skip_empty_lines: true, skip_records_with_empty_values: true }),
  );
  // csv-parse's own line counter counts a CRLF twice after a mixed line ending, so count from the raw
  // text: every record's raw text includes the blank lines skipped before it.
  let breaksBefore = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const leading = leadingBreaks(item.raw);
      yield { cells: item.record, line: breaksBefore + leading + 1 };
      breaksBefore += countBreaks(item.raw);
    }
  } catch (error) {
    throw toReturnFileError(path, error);
  } finally {
    parser.destroy();
  }
}

function toReturnFileError(path: string, error: unknown): ReturnFileError {
  const name = basename(path);
  if (error instanceof ReturnFileError) return error;
  if (error instanceof CsvError) {
    const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
    return new ReturnFileError(name, explainCsvError(error), line);
  }
  if ((error as { code?: string } | null)?.code?.startsWith('E')) return new ReturnFileError(name, unreadable(error));
  return new ReturnFileError(name, `the file could not be read as CSV (${error instanceof Error ? error.message : String(error)}).`);
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
