/**
 * Writes Annex A rows to a workbook with one sheet per list ("List 1".."List 11"), header row first,
 * in the column order of annexa-lists.ts. Date columns holding ISO dates become real Excel dates shown
 * dd/mm/yyyy (as Ofsted's template has them); anything else is written as the text it is, so a bad
 * date stays visible rather than vanishing.
 */
import ExcelJS from 'exceljs';
import { ANNEX_A_LISTS, ANNEX_A_LIST_NUMBERS, columnsOf, type AnnexA, type AnnexAListNumber } from './annexa-lists.ts';

export interface WriteAnnexAOptions {
  /** Lists to write; all eleven (empty ones with just their header) when not given. */
  lists?: readonly AnnexAListNumber[] | undefined;
}

export function buildAnnexAWorkbook(annexA: AnnexA, options: WriteAnnexAOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kestrel';
  for (const list of options.lists ?? ANNEX_A_LIST_NUMBERS) {
    const columns = columnsOf(list);
    const sheet = workbook.addWorksheet(ANNEX_A_LISTS[list].sheet);
    sheet.columns = columns.map((column) => ({
      header: column.header,
      key: column.key,
      width: Math.min(40, Math.max(12, column.header.length + 2)),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const rows = (annexA[list] ?? []) as Record<string, string | null>[];
    for (const row of rows) {
      const values = columns.map((column) => excelValue(row[column.key] ?? null, column.kind));
      const added = sheet.addRow(values);
      columns.forEach((column, index) => {
        if (column.kind === 'date' && values[index] instanceof Date) added.getCell(index + 1).numFmt = 'dd/mm/yyyy';
      });
    }
  }
  return workbook;
}

export async function writeAnnexAXlsx(path: string, annexA: AnnexA, options: WriteAnnexAOptions = {}): Promise<void> {
  await buildAnnexAWorkbook(annexA, options).xlsx.writeFile(path);
}

function excelValue(text: string | null, kind: 'text' | 'date' | 'number'): string | number | Date | null {
  if (text === null) return null;
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    // 2024-02-31 parses as 2 March: keep such text as text so the error is not silently "fixed".
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text) return date;
  }
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
