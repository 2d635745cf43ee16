/**
 * Turns an exceljs cell value into the text the Annex A rows hold: dates as ISO yyyy-mm-dd, numbers
 * as written, formulas by their result, rich text and hyperlinks by their text, blanks as null.
 */
import type { CellValue } from 'exceljs';

export function cellText(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return blankToNull(value);
  if ('richText' in value) return blankToNull(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return blankToNull(String(value.text));
  if ('result' in value) return value.result === undefined ? null : cellText(value.result as CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

/** Excel stores dates without a zone; exceljs reads them as UTC midnight. */
export function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
