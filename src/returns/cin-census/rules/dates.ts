/** Dates in a census: strict xs:date cells, date arithmetic, ages and the census year. */
import type { DatasetCin, Row } from '../dataset.ts';
import { text } from './cells.ts';

/**
 * A strict XML date (yyyy-mm-dd, as the census schema's xs:date) that exists in the calendar, or null.
 * `2024-13-01` and `2023-02-29` are null; so is anything in another format.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // A census holds a few thousand distinct dates read many times over by the rules: check each once.
  const known = checkedDates.get(value);
  if (known !== undefined) return known;
  const checked = checkIsoDate(value);
  if (checkedDates.size >= MAX_CHECKED_DATES) checkedDates.clear();
  checkedDates.set(value, checked);
  return checked;
}

const checkedDates = new Map<string, string | null>();

const MAX_CHECKED_DATES = 100_000;

function checkIsoDate(value: string): string | null {
  const trimmed = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return trimmed;
}

/** The date in a cell, parsed strictly (see isoDate). */
export function dateOf(row: Row | undefined, field: string): string | null {
  return isoDate(text(row, field));
}

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return remembered(shiftedDates, iso, days, () => {
    const date = toUtc(iso);
    date.setUTCDate(date.getUTCDate() + days);
    return fromUtc(date);
  });
}

/** Adds calendar years; 29 February rolls to 1 March when the target year is not a leap year. */
export function addYears(iso: string, years: number): string {
  return remembered(shiftedYears, iso, years, () => {
    const date = toUtc(iso);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    return fromUtc(date);
  });
}

/** Date arithmetic repeats over the same few thousand dates for every child: each sum is done once. */
const shiftedDates = new Map<string, string>();

const shiftedYears = new Map<string, string>();

function remembered(cache: Map<string, string>, iso: string, by: number, compute: () => string): string {
  const key = `${iso}|${by}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= MAX_CHECKED_DATES) cache.clear();
  cache.set(key, value);
  return value;
}

/** Age in whole years on `on` (birthday reached on the same month and day). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** Whether a date falls within the census year: 1 April to the 31 March reference date, inclusive. */
export function inCensusYear(date: string, data: DatasetCin): boolean {
  return date >= data.meta.collectionStart && date <= data.meta.referenceDate;
}

/** Day of week, 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return toUtc(iso).getUTCDay();
}
