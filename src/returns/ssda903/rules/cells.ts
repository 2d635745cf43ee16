/** Reading one cell of a row: its text, whether it is blank, a number, a code from a list, the same text as another row. */
import type { Row } from '../dataset.ts';

/** The cell as given, or null when the column is absent or blank. Parsers already trim cells. */
export function val(row: Row | undefined, column: string): string | null {
  const value = row?.[column];
  return value === undefined ? null : value;
}

/** True when the cell holds text (an empty string counts as present but invalid, as in a raw file). */
export function has(row: Row | undefined, column: string): boolean {
  return val(row, column) !== null;
}

/** True when the cell is blank (null or absent). */
export function blank(row: Row | undefined, column: string): boolean {
  return val(row, column) === null;
}

/** The cell as a number, or null when blank or not numeric (distances are written '12.3'). */
export function numberOf(row: Row | undefined, column: string): number | null {
  const cell = val(row, column);
  if (cell === null || cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

/** True when the cell is one of the codes (exact match: codes are case-sensitive in the return). */
export function inCodes(value: string | null, codes: readonly string[]): boolean {
  return value !== null && codes.includes(value);
}

/** True when both rows hold the same text in `column`; with `blankMatches`, two blanks count as the same. */
export function sameCell(a: Row | undefined, b: Row | undefined, column: string, blankMatches: boolean): boolean {
  const x = val(a, column);
  const y = val(b, column);
  if (x === null || y === null) return blankMatches && x === y;
  return x === y;
}
