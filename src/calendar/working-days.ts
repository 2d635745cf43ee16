// England working days: Monday to Friday, excluding England and Wales bank holidays
// (docs/INDICATORS.md: "WD"). Bank holidays come from bank-holidays.ts (2010 to current year + 10).
//
// Counting convention (DOMAIN.md asks for exactly one; every indicator and rule uses it):
// - The start date is day 0, whether or not it is itself a working day.
// - workingDaysBetween(start, end) = the number of working days after `start` up to and including
//   `end`; 0 when end == start; the negative mirror -workingDaysBetween(end, start) when end < start.
// - addWorkingDays(start, n) = the n-th working day after `start` (n > 0), the n-th working day
//   before it (n < 0), or `start` itself (n = 0). So Friday + 1 = Monday, and Saturday + 1 = Monday.
// - "Within N WD" (C2 assessments within 45 WD, C4 ICPC within 15 WD, referral decision within
//   1 WD, first looked-after review within 20 WD) means end <= addWorkingDays(start, N): the deadline
//   is the N-th working day and counts to the end of it, so an event on a weekend or bank holiday
//   after it is late (an ICPC on 25 December 2024 after an S47 whose 15th working day was
//   24 December is late, though no working day has been used up since). withinWorkingDays says it.
//   For an `end` that is a working day this is workingDaysBetween(start, end) <= N. A same-day
//   event is 0 WD (C2's "Same_day" bucket).
//
// How this relates to the open CIN validator (data-to-insight/csc-validator-be-cin, rules 8569Q,
// 8670Q, 8675Q): its `england_working_days(n)` is pandas `CustomBusinessDay(n - 1)` over England and
// Wales holidays, applied as `date +/- offset`. pandas `date + CustomBusinessDay(k)` (k >= 1) lands on
// the same day as our addWorkingDays(date, k), weekend starts included (a Saturday rolls forward to
// Monday, which uses up one step, just as our Saturday + 1 = Monday). So the validator's "N working
// days" is our addWorkingDays(date, N - 1): it counts the start date as working day 1, and its window
// is one working day shorter than ours (its 45 WD is our 44). E.g. 8675Q flags an S47 without an
// ICPC when S47ActualStartDate > ReferenceDate - CustomBusinessDay(14), i.e. (both dates working
// days) when workingDaysBetween(start, ReferenceDate) < 14 in our terms. Rules that must
// reproduce the validator use addWorkingDays(date, +/-(N - 1)) and say so; indicators use our
// convention, under which a same-day completion is 0 WD (C2's "Same_day" bucket).
//
// Performance: indicators and rules call these millions of times, so both are O(1). We keep a
// cumulative bank-holiday count per day over a fixed index (2000-01-01 .. 2045-12-31, or later if
// the holiday list reaches further) and count weekdays arithmetically. Outside the index there
// are no bank holidays in our list, so the arithmetic alone is exact there too.

import { bankHolidaySet } from './bank-holidays.ts';
import { dayNumber, fromDayNumber, weekdayOfDayNumber } from './dates.ts';

const INDEX_FIRST_DAY = dayNumber('2000-01-01');
/** A Monday: the origin of the weekday count. */
const WEEKDAY_ORIGIN = dayNumber('2000-01-03');

type WorkingDayIndex = {
  lastDay: number;
  /** holidaysUpTo[d - INDEX_FIRST_DAY] = weekday bank holidays on or before day d. */
  holidaysUpTo: Uint16Array;
  totalHolidays: number;
  /** Day numbers of the working days in the index, in order. */
  workingDays: Int32Array;
  /** cumulative(INDEX_FIRST_DAY - 1): the count just before the first indexed working day. */
  countBeforeIndex: number;
};

let index: WorkingDayIndex | undefined;

/** Weekdays (Mon-Fri) counted cumulatively: f(d) - f(d - 1) is 1 on a weekday and 0 at weekends. */
function weekdaysUpTo(day: number): number {
  const x = day - WEEKDAY_ORIGIN + 1;
  const weeks = Math.floor(x / 7);
  return 5 * weeks + Math.min(x - 7 * weeks, 5);
}

/** The first day d with weekdaysUpTo(d) == k (always a weekday). */
function dayOfWeekdayCount(k: number): number {
  const weeks = Math.floor((k - 1) / 5);
  return WEEKDAY_ORIGIN + 7 * weeks + (k - 5 * weeks) - 1;
}

function buildIndex(): WorkingDayIndex {
  const holidays = [...bankHolidaySet()].map(dayNumber);
  const lastDay = Math.max(dayNumber('2045-12-31'), ...holidays);
  const length = lastDay - INDEX_FIRST_DAY + 1;
  const isHoliday = new Uint8Array(length);
  for (const day of holidays) {
    if (day >= INDEX_FIRST_DAY) isHoliday[day - INDEX_FIRST_DAY] = 1;
  }
  const holidaysUpTo = new Uint16Array(length);
  const workingDays: number[] = [];
  let count = 0;
  for (let offset = 0; offset < length; offset++) {
    const day = INDEX_FIRST_DAY + offset;
    const weekday = weekdayOfDayNumber(day);
    const isWeekday = weekday !== 0 && weekday !== 6;
    if (isWeekday && isHoliday[offset] === 1) count += 1;
    else if (isWeekday) workingDays.push(day);
    holidaysUpTo[offset] = count;
  }
  return {
    lastDay,
    holidaysUpTo,
    totalHolidays: count,
    workingDays: Int32Array.from(workingDays),
    countBeforeIndex: weekdaysUpTo(INDEX_FIRST_DAY - 1),
  };
}

function getIndex(): WorkingDayIndex {
  index ??= buildIndex();
  return index;
}

/** Working days on or before `day`, relative to a fixed origin; only differences are meaningful. */
function cumulativeWorkingDays(day: number): number {
  const idx = getIndex();
  if (day < INDEX_FIRST_DAY) return weekdaysUpTo(day);
  if (day > idx.lastDay) return weekdaysUpTo(day) - idx.totalHolidays;
  return weekdaysUpTo(day) - (idx.holidaysUpTo[day - INDEX_FIRST_DAY] ?? 0);
}

/** The working day d with cumulativeWorkingDays(d) == count (the first day reaching that count). */
function workingDayWithCount(count: number): number {
  const idx = getIndex();
  if (count <= idx.countBeforeIndex) return dayOfWeekdayCount(count);
  const position = count - idx.countBeforeIndex - 1;
  if (position < idx.workingDays.length) return idx.workingDays[position] ?? Number.NaN;
  return dayOfWeekdayCount(count + idx.totalHolidays);
}

function dayNumberOf(iso: string, what: string): number {
  try {
    return dayNumber(iso);
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

/** True on Monday to Friday unless the day is an England and Wales bank holiday. */
export function isWorkingDay(isoDate: string): boolean {
  const day = dayNumberOf(isoDate, 'isWorkingDay');
  return cumulativeWorkingDays(day) - cumulativeWorkingDays(day - 1) === 1;
}

/**
 * The n-th England working day after `isoDate` (before it when n < 0); n = 0 returns the date
 * unchanged. The start date is day 0 whether or not it is a working day.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  const start = dayNumberOf(isoDate, 'addWorkingDays');
  if (!Number.isInteger(n)) throw new Error(`addWorkingDays: n must be an integer, got ${n}`);
  if (n === 0) return isoDate;
  if (n > 0) return fromDayNumber(workingDayWithCount(cumulativeWorkingDays(start) + n));
  // Counting back: the |n|-th working day strictly before the start date.
  return fromDayNumber(workingDayWithCount(cumulativeWorkingDays(start - 1) + n + 1));
}

/**
 * Working days after `start` up to and including `end`; 0 when equal; negative
 * (-workingDaysBetween(end, start)) when end < start. "Within N WD" is a result <= N.
 */
export function workingDaysBetween(start: string, end: string): number {
  const from = dayNumberOf(start, 'workingDaysBetween');
  const to = dayNumberOf(end, 'workingDaysBetween');
  return cumulativeWorkingDays(to) - cumulativeWorkingDays(from);
}

/**
 * "Within N working days" of `start` (N >= 1): `end` is on or before the N-th working day after it. An
 * event on a non-working day after that deadline is late (see the convention at the top of this file).
 */
export function withinWorkingDays(start: string, end: string, n: number): boolean {
  if (!Number.isInteger(n) || n < 1) throw new Error(`withinWorkingDays: n must be a positive integer, got ${n}`);
  dayNumberOf(end, 'withinWorkingDays');
  return end <= addWorkingDays(start, n);
}

/** The first working day on or after `isoDate` (the date itself if it is a working day). */
export function nextWorkingDayOnOrAfter(isoDate: string): string {
  return isWorkingDay(isoDate) ? isoDate : addWorkingDays(isoDate, 1);
}
