/** Day-number helpers for the generator: working days, birthdays, and clipping at the reference date. */
import { addWorkingDays } from '../calendar/working-days.ts';
import { dayNumber, dayNumberFromParts, partsFromDayNumber } from '../calendar/dates.ts';
import { iso, OPEN } from './model.ts';

const wdCache = new Map<number, number>();

/** The n-th England working day after `day` (see calendar/working-days). */
export function addWd(day: number, n: number): number {
  if (n === 0) return day;
  const key = day * 512 + n + 256;
  let result = n > -256 && n < 256 ? wdCache.get(key) : undefined;
  if (result === undefined) {
    result = dayNumber(addWorkingDays(iso(day), n));
    if (n > -256 && n < 256) wdCache.set(key, result);
  }
  return result;
}

/** The day a child born on `birth` reaches `years` (29 February birthdays fall on 1 March). */
export function birthday(birth: number, years: number): number {
  const { year, month, day } = partsFromDayNumber(birth);
  if (month === 2 && day === 29) return dayNumberFromParts(year + years, 3, 1);
  return dayNumberFromParts(year + years, month, day);
}

export function ageOn(birth: number, day: number): number {
  return (day - birth) / 365.25;
}

/** 31 March of the year ending a collection year. */
export function march31(year: number): number {
  return dayNumberFromParts(year, 3, 31);
}

/** ISO date if on or before `end`, else null (not yet happened at the reference date). */
export function until(day: number, end: number): string | null {
  return day <= end && day < OPEN ? iso(day) : null;
}

export function addMonthsDay(day: number, months: number): number {
  const { year, month, day: d } = partsFromDayNumber(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return dayNumberFromParts(y, m, Math.min(d, last));
}
