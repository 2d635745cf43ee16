/**
 * CSV of a document's tables of the first table's shape (the scorecard's measures): one header row, then
 * one line per table row with the section first. A comments row under a measure becomes the last column
 * of that measure's line. Safe to open in a
 * spreadsheet: a cell starting with =, +, -, @, tab or carriage return is prefixed with ' so it is never
 * run as a formula (OWASP CSV injection).
 */
import type { Cell, ReportDocument } from './document.ts';

export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(cell: Cell): string {
  if (cell.suppressed) return 'c';
  // A figure is written plainly (81.1, not "81.1%") so a spreadsheet reads it as a number.
  if (typeof cell.value === 'number' && !cell.prose && cell.unit !== undefined) return String(cell.value);
  return cell.text;
}

export function renderCsv(document: ReportDocument): string {
  const records: string[][] = [];
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'table') continue;
      const head = block.head.at(-1)?.map((h) => h.text) ?? [];
      if (records.length === 0) records.push(['Section', ...head, 'Notes']);
      // One rectangle: tables shaped otherwise (the scorecard's trend appendix) are left to XLSX.
      else if (records[0]?.slice(1, -1).join('\u0000') !== head.join('\u0000')) continue;
      let previous: string[] | undefined;
      for (const row of block.rows) {
        if (previous && row.some((cell) => cell.span)) {
          previous[previous.length - 1] = row
            .map((cell) => cell.text)
            .join(' ')
            .trim();
          continue;
        }
        previous = [section.title, ...row.map(cellText), ''];
        records.push(previous);
      }
    }
  }
  return `${records.map((record) => record.map(csvField).join(',')).join('\r\n')}\r\n`;
}
