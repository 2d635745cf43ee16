/**
 * Reads an Ofsted Annex A workbook (sheets "List 1".."List 11", RETURNS.md section 3) into typed rows
 * per list, each with its spreadsheet row number. The header row may sit below a title block (it is
 * the first row among the top ten naming the list's identifier column). A missing sheet or required
 * column is one ReturnFileError naming the sheet and column.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import {
  ANNEX_A_LISTS,
  ANNEX_A_LIST_NUMBERS,
  columnsOf,
  normaliseHeader,
  type AnnexA,
  type AnnexAListNumber,
} from './annexa-lists.ts';
import { ReturnFileError } from './return-file-error.ts';
import { unreadable } from './sniff.ts';
import type { SourceLocation, SourceMap } from './source-map.ts';
import { cellText } from './xlsx-cell.ts';

export interface ReadAnnexAOptions {
  /** Lists to read; all eleven when not given. */
  lists?: readonly AnnexAListNumber[] | undefined;
}

export interface ReadAnnexAResult {
  annexA: AnnexA;
  /** Keyed by sheet name ("List 3"); `line` is the spreadsheet row number. */
  sources: SourceMap;
}

const HEADER_SEARCH_ROWS = 10;

export async function readAnnexAXlsx(path: string, options: ReadAnnexAOptions = {}): Promise<ReadAnnexAResult> {
  const file = basename(path);
  const workbook = await openWorkbook(path, file);
  const annexA: AnnexA = {};
  const sources: SourceMap = {};
  for (const list of options.lists ?? ANNEX_A_LIST_NUMBERS) {
    const { sheet } = ANNEX_A_LISTS[list];
    const worksheet = workbook.worksheets.find((ws) => normaliseHeader(ws.name) === normaliseHeader(sheet));
    if (worksheet === undefined) {
      throw new ReturnFileError(
        file,
        `the workbook has no sheet "${sheet}" (${ANNEX_A_LISTS[list].title}); it has ${workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ') || 'no sheets'}.`,
      );
    }
    const read = readSheet(file, list, worksheet);
    (annexA as Record<number, unknown>)[list] = read.rows;
    sources[sheet] = read.sources;
  }
  return { annexA, sources };
}

async function openWorkbook(path: string, file: string): Promise<ExcelJS.Workbook> {
  try {
    const info = await stat(path);
    if (info.size === 0) throw new ReturnFileError(file, 'the file is empty; expected an Excel workbook (.xlsx).');
  } catch (error) {
    if (error instanceof ReturnFileError) throw error;
    throw new ReturnFileError(file, unreadable(error));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new ReturnFileError(
      file,
      'the file is not an Excel workbook (.xlsx) that can be opened; save it from Excel as .xlsx.',
    );
  }
  return workbook;
}

function readSheet(
  file: string,
  list: AnnexAListNumber,
  worksheet: ExcelJS.Worksheet,
): { rows: Record<string, string | null>[]; sources: SourceLocation[] } {
  const { sheet } = ANNEX_A_LISTS[list];
  const columns = columnsOf(list);
  const identifier = columns.find((c) => c.required)?.header ?? '';
  const headerRow = findHeaderRow(worksheet, identifier);
  if (headerRow === undefined) {
    throw new ReturnFileError(
      file,
      `sheet "${sheet}" lacks the column "${identifier}" (looked in its first ${HEADER_SEARCH_ROWS} rows for the header row).`,
    );
  }
  const positions = new Map<string, number>();
  worksheet.getRow(headerRow).eachCell((cell, columnNumber) => {
    const text = cellText(cell.value);
    if (text !== null && !positions.has(normaliseHeader(text))) positions.set(normaliseHeader(text), columnNumber);
  });
  for (const column of columns) {
    if (column.required && !positions.has(normaliseHeader(column.header))) {
      throw new ReturnFileError(file, `sheet "${sheet}" lacks the column "${column.header}".`, headerRow);
    }
  }
  const rows: Record<string, string | null>[] = [];
  const sources: SourceLocation[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= worksheet.rowCount; rowNumber += 1) {
    const excelRow = worksheet.getRow(rowNumber);
    const row: Record<string, string | null> = {};
    let any = false;
    for (const column of columns) {
      const position = positions.get(normaliseHeader(column.header));
      const value = position === undefined ? null : cellText(excelRow.getCell(position).value);
      row[column.key] = value;
      if (value !== null) any = true;
    }
    if (!any) continue;
    rows.push(row);
    sources.push({ file: `${file} (${sheet})`, line: rowNumber });
  }
  return { rows, sources };
}

function findHeaderRow(worksheet: ExcelJS.Worksheet, identifier: string): number | undefined {
  const wanted = normaliseHeader(identifier);
  for (let rowNumber = 1; rowNumber <= Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount); rowNumber += 1) {
    const values = worksheet.getRow(rowNumber).values;
    if (
      Array.isArray(values) &&
      values.some((value) => {
        const text = cellText(value ?? null);
        return text !== null && normaliseHeader(text) === wanted;
      })
    ) {
      return rowNumber;
    }
  }
  return undefined;
}
