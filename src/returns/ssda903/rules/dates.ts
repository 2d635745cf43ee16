/** Date cells of a return: strict dd/mm/yyyy or ISO, partial (ZZ) and loose forms, ordering, the collection year. */
import { addDays, addMonths, addYears, findDateParts, formatIsoDate } from '../../../calendar/dates.ts';
import type { Dataset903, Row } from '../dataset.ts';
import { val } from './cells.ts';

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date cell as ISO 'YYYY-MM-DD', or null when blank or not a real date. Accepts only dd/mm/yyyy
 * (the DfE CSV form) and yyyy-mm-dd (XML and our own export); '31/02/2024' and '1/2/24' are null.
 */
export function parseDate(cell: string | null | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  // A return holds a few thousand distinct dates read many times over by the rules: parse each once.
  const known = parsedDates.get(cell);
  if (known !== undefined) return known;
  const dmy = DMY.exec(cell);
  const iso = dmy ? formatIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : YMD.test(cell) ? cell : null;
  const parsed = iso !== null && findDateParts(iso) ? iso : null;
  if (parsedDates.size >= MAX_PARSED_DATES) parsedDates.clear();
  parsedDates.set(cell, parsed);
  return parsed;
}

const parsedDates = new Map<string, string | null>();

const MAX_PARSED_DATES = 100_000;

/** The date in `column` of `row`, or null. */
export function dateOf(row: Row | undefined, column: string): string | null {
  return parseDate(val(row, column));
}

/** Orders ISO dates with nulls last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** True when two date cells hold the same date (compared as dates when both parse, else as text). */
export function sameDate(a: Row | undefined, b: Row | undefined, column: string): boolean {
  const x = val(a, column);
  const y = val(b, column);
  if (x === null || y === null) return false;
  const dx = parseDate(x);
  const dy = parseDate(y);
  return dx !== null && dy !== null ? dx === dy : x === y;
}

/**
 * A date that may have unknown parts written ZZ (day, month) or ZZZZ (year), as DATE_PERM and the
 * social worker dates allow. An unknown part is read as late as possible so that a comparison does not
 * raise a false error. Day and month may be one or two digits; null when not a date.
 */
export function partialDate(cell: string | null): string | null {
  if (cell === null) return null;
  const parts = cell.split('/');
  if (parts.length !== 3) return null;
  const [dayText, monthText, yearText] = parts as [string, string, string];
  const unknownDay = dayText === 'ZZ';
  const unknownMonth = monthText === 'ZZ';
  const day = unknownDay ? 1 : Number(dayText);
  const month = unknownMonth ? 1 : Number(monthText);
  const year = yearText === 'ZZZZ' ? 2000 : Number(yearText);
  if (!unknownDay && !/^\d{1,2}$/.test(dayText)) return null;
  if (!unknownMonth && !/^\d{1,2}$/.test(monthText)) return null;
  if (yearText !== 'ZZZZ' && !/^\d{4}$/.test(yearText)) return null;
  const iso = formatIsoDate(year, month, day);
  if (!findDateParts(iso)) return null;
  // The open validator applies the offset of the last unknown part it met (month after day).
  if (unknownMonth) return addDays(addYears(iso, 1), -1);
  if (unknownDay) return addDays(addMonths(iso, 1), -1);
  return iso;
}

/** A date in dd/mm/yyyy or ISO form, also accepting one-digit day or month as the DfE files sometimes do. */
export function looseDate(cell: string | null): string | null {
  const strict = parseDate(cell);
  if (strict !== null || cell === null) return strict;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  if (!match) return null;
  const iso = formatIsoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return findDateParts(iso) ? iso : null;
}

/** First day of the collection year (1 April), ISO. */
export function collectionStart(data: Dataset903): string {
  return data.meta.collectionStart;
}

/** Last day of the collection year (31 March), ISO. */
export function collectionEnd(data: Dataset903): string {
  return data.meta.collectionEnd;
}
