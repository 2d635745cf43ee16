/**
 * XLSX with exceljs: one worksheet per document, every table under its caption with a bold header row,
 * figures kept as numbers with the unit's number format (81.1 shown "81.1%"), RAG as a cell fill, "c"
 * for a suppressed figure, the marking in the sheet header and footer and at the top of the sheet.
 */
import ExcelJS from 'exceljs';
import type { Cell, ReportDocument, TableBlock } from './document.ts';
import { markingLine, tablesOf } from './document.ts';
import { RAG_COLOURS, excelFormat, longDate } from './format.ts';

const HEADER_FILL = 'FF1D70B8';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kestrel';
  workbook.created = new Date(document.producedAt);
  const sheet = workbook.addWorksheet(sheetName(document), {
    pageSetup: {
      orientation: document.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    },
    headerFooter: {
      oddHeader: `&L${document.council}&R${document.title}`,
      oddFooter: `&L${markingLine(document)}&CProduced ${longDate(document.producedAt)}&RPage &P of &N`,
    },
  });
  const width = Math.max(...tablesOf(document).map((t) => t.head.at(-1)?.length ?? 1), 1);
  sheet.addRow([document.council]).font = { bold: true, size: 12 };
  sheet.addRow([document.title]).font = { bold: true, size: 14 };
  sheet.addRow([document.subtitle]);
  sheet.addRow([`Figures as at ${document.asAt}. Produced on ${longDate(document.producedAt)}.`]);
  sheet.addRow([markingLine(document)]).font = { bold: true };
  for (const section of document.sections) {
    sheet.addRow([]);
    sheet.addRow([section.title]).font = { bold: true, size: 12 };
    for (const block of section.blocks) {
      if (block.kind === 'table') addTable(sheet, block);
      else if (block.kind === 'paragraph') sheet.addRow([block.number ? `${block.number} ${block.text}` : block.text]);
      else if (block.kind === 'list') for (const item of block.items) sheet.addRow([`• ${item}`]);
      else if (block.kind === 'chart') sheet.addRow([`Chart: ${block.alt}`]);
    }
  }
  if (document.footnotes.length > 0) {
    sheet.addRow([]);
    sheet.addRow(['Notes']).font = { bold: true };
    for (const note of document.footnotes) sheet.addRow([note]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 48 : 13;
  });
  sheet.getColumn(width + 1).width = 13;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheetName(document: ReportDocument): string {
  return document.kind.charAt(0).toUpperCase() + document.kind.slice(1);
}

function addTable(sheet: ExcelJS.Worksheet, table: TableBlock): void {
  sheet.addRow([table.caption]).font = { bold: true, italic: true };
  table.head.forEach((headRow, i) => {
    // Cells of earlier rows that reach down into this one stand at its left.
    const covered = table.head.slice(0, i).flatMap((row) => row.filter((h) => (h.rows ?? 1) > 1).map(() => ''));
    const texts = [
      ...covered,
      ...headRow.flatMap((h) => [h.text, ...Array.from({ length: (h.span ?? 1) - 1 }, () => '')]),
    ];
    const row = sheet.addRow(texts);
    row.eachCell((cell) => {
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  for (const cells of table.rows) {
    const row = sheet.addRow(
      cells.flatMap((cell) => [cellValue(cell), ...Array.from({ length: (cell.span ?? 1) - 1 }, () => null)]),
    );
    let column = 1;
    for (const cell of cells) {
      const target = row.getCell(column);
      styleCell(target, cell);
      if (cell.span && cell.span > 1) sheet.mergeCells(row.number, column, row.number, column + cell.span - 1);
      column += cell.span ?? 1;
    }
  }
}

/** A number stays a number (with its format); a suppressed figure is the text "c". */
function cellValue(cell: Cell): string | number | null {
  if (cell.suppressed) return 'c';
  if (typeof cell.value === 'number' && cell.unit !== undefined) return cell.value;
  if (typeof cell.value === 'number' && cell.text !== '' && !cell.prose) return cell.value;
  return cell.text;
}

function styleCell(target: ExcelJS.Cell, cell: Cell): void {
  target.alignment = {
    wrapText: true,
    vertical: 'top',
    horizontal: cell.prose ? 'left' : cell.rag ? 'center' : undefined,
  };
  if (typeof target.value === 'number' && cell.unit !== undefined) target.numFmt = excelFormat(cell.unit);
  if (cell.strong) target.font = { bold: true };
  if (cell.rag) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(RAG_COLOURS[cell.rag].fill) } };
    target.font = { bold: true, color: { argb: argb(RAG_COLOURS[cell.rag].text) } };
  }
  if (cell.suppressed) target.alignment = { ...target.alignment, horizontal: 'right' };
}
