/**
 * Day-number helpers for the generator: working days, birthdays, years, and clipping at the reference
 * date. Inside the generator every date is a day number (days since 1970-01-01, calendar/dates.ts); an
 * ISO string is made only when a row is written (model.ts iso, until below).
 */
import { addWorkingDays, isWorkingDay } from '../calendar/working-days.ts';
import { dayNumber, dayNumberFromParts, daysInMonth, isLeapYear, partsFromDayNumber } from '../calendar/dates.ts';
import { iso, OPEN } from './model.ts';

/** England working days from 1990 to 2060 as day numbers, and how many fall on or before each day. */
const INDEX_FROM = dayNumberFromParts(1990, 1, 1);
const INDEX_TO = dayNumberFromParts(2060, 12, 31);
let workingDays: Int32Array | undefined;
let countUpTo: Int32Array | undefined;

function buildIndex(): void {
  const days: number[] = [];
  countUpTo = new Int32Array(INDEX_TO - INDEX_FROM + 1);
  for (let day = INDEX_FROM; day <= INDEX_TO; day++) {
    if (isWorkingDay(iso(day))) days.push(day);
    countUpTo[day - INDEX_FROM] = days.length;
  }
  workingDays = Int32Array.from(days);
}

/**
 * The n-th England working day after `day` (before it when n < 0), as calendar/working-days defines it,
 * from an index built once: the generator asks this hundreds of thousands of times.
 */
export function addWd(day: number, n: number): number {
  if (n === 0) return day;
  if (day <= INDEX_FROM + 400 || day >= INDEX_TO - 400) return dayNumber(addWorkingDays(iso(day), n));
  if (!workingDays) buildIndex();
  const position = n > 0 ? countUpTo![day - INDEX_FROM]! + n - 1 : countUpTo![day - 1 - INDEX_FROM]! + n;
  return workingDays![position]!;
}

/** The day a child born on `birth` reaches `years` (29 February birthdays fall on 1 March). */
export function birthday(birth: number, years: number): number {
  const { year, month, day } = partsFromDayNumber(birth);
  if (month === 2 && day === 29 && !isLeapYear(year + years)) return dayNumberFromParts(year + years, 3, 1);
  return dayNumberFromParts(year + years, month, day);
}

export function ageOn(birth: number, day: number): number {
  return (day - birth) / 365.25;
}

/** 31 March of the year ending a collection year. */
export function march31(year: number): number {
  return dayNumberFromParts(year, 3, 31);
}

/** The calendar year of a day. */
export function yearOf(day: number): number {
  return partsFromDayNumber(day).year;
}

/** The collection year (1 April to 31 March) a day falls in, named by the year of its 31 March. */
export function collectionYearOfDay(day: number): number {
  const { year, month } = partsFromDayNumber(day);
  return month < 4 ? year : year + 1;
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
  const last = daysInMonth(y, m);
  return dayNumberFromParts(y, m, Math.min(d, last));
}
