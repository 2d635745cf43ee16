// ISO calendar-date helpers ('YYYY-MM-DD'), used across Kestrel.
//
// Every function works on whole days in the proleptic Gregorian calendar using UTC day numbers
// (days since 1970-01-01), so no local time zone or daylight-saving change can shift a date.
// Dates are validated strictly: '2024-02-30', '2024-13-01' and '2024-2-3' are all rejected.

export type DateParts = { year: number; month: number; day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads four or two ASCII digits at `at`; returns -1 if any is not a digit. */
function readDigits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses a strict 'YYYY-MM-DD' date into its parts, or returns undefined if malformed or impossible. */
export function findDateParts(iso: string): DateParts | undefined {
  // Hand-rolled rather than a RegExp: working-day arithmetic parses dates millions of times.
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) {
    return undefined;
  }
  const year = readDigits(iso, 0, 4);
  const month = readDigits(iso, 5, 2);
  const day = readDigits(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Parses a strict 'YYYY-MM-DD' date into its parts; throws an Error naming the bad value. */
export function parseIsoDate(iso: string): DateParts {
  const parts = findDateParts(iso);
  if (!parts) throw new Error(`Invalid ISO date ${JSON.stringify(iso)}: expected an existing date as YYYY-MM-DD`);
  return parts;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && findDateParts(value) !== undefined;
}

/** Formats parts as 'YYYY-MM-DD' (years 0-9999). */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** UTC day number (days since 1970-01-01) of a calendar date; H. Hinnant's days_from_civil. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a UTC day number; H. Hinnant's civil_from_days. */
export function partsFromDayNumber(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 (UTC); 1970-01-01 is 0. Throws on a malformed date. */
export function dayNumber(iso: string): number {
  // Parsed inline (no parts object) because this is the hot path of working-day arithmetic.
  if (typeof iso === 'string' && iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = readDigits(iso, 0, 4);
    const month = readDigits(iso, 5, 2);
    const day = readDigits(iso, 8, 2);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumberFromParts(year, month, day);
    }
  }
  throw new Error(`Invalid ISO date ${JSON.stringify(iso)}: expected an existing date as YYYY-MM-DD`);
}

/** The ISO date of a UTC day number (inverse of dayNumber). */
export function fromDayNumber(days: number): string {
  if (!Number.isInteger(days)) throw new Error(`Day number must be an integer, got ${days}`);
  const { year, month, day } = partsFromDayNumber(days);
  return formatIsoDate(year, month, day);
}

/** Day of the week of a day number: 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Day of the week: 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return weekdayOfDayNumber(dayNumber(iso));
}

export function isWeekend(iso: string): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}

export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addDays: n must be an integer, got ${n}`);
  return fromDayNumber(dayNumber(iso) + n);
}

/** Calendar days from `start` to `end` (negative when end is earlier). */
export function daysBetween(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start);
}

/**
 * Adds n calendar months, clamping the day to the end of a shorter month:
 * 31 Jan + 1 month = 28 Feb (29 Feb in a leap year); 31 Mar - 1 month = 28/29 Feb.
 */
export function addMonths(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addMonths: n must be an integer, got ${n}`);
  const { year, month, day } = parseIsoDate(iso);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return formatIsoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Adds n years; 29 Feb becomes 28 Feb in a non-leap year (the same clamping as addMonths). */
export function addYears(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addYears: n must be an integer, got ${n}`);
  return addMonths(iso, n * 12);
}

/**
 * Age in whole years on `at`. The birthday counts on the day itself, so a child is 18 on their
 * 18th birthday (Family Law Reform Act 1969 s9: an age is attained at the start of the anniversary).
 * A 29 February birthday counts on 1 March in non-leap years, since no 29 February anniversary
 * exists then: someone born 2008-02-29 is still 17 on 2026-02-28 and turns 18 on 2026-03-01. This
 * matters for leaving-care eligibility and age-at-period-end counts. Throws if `at` is before birth.
 */
export function ageInYears(birth: string, at: string): number {
  const b = parseIsoDate(birth);
  const a = parseIsoDate(at);
  if (dayNumber(at) < dayNumber(birth)) {
    throw new Error(`ageInYears: date ${at} is before date of birth ${birth}`);
  }
  let age = a.year - b.year;
  // Compare (month, day) as a single number; a 29 Feb birthday stays 02-29 and so falls after
  // 28 Feb and before 1 Mar, which gives the "counts on 1 March" rule in non-leap years.
  const birthdayKey = b.month * 100 + b.day;
  const atKey = a.month * 100 + a.day;
  if (atKey < birthdayKey) age -= 1;
  return age;
}

/**
 * Whole calendar months from `start` to `end`: the largest m with addMonths(start, m) <= end
 * (negative mirror when end < start). 31 Jan -> 28 Feb is 1 month because of the clamping.
 */
export function monthsBetween(start: string, end: string): number {
  if (end < start) return -monthsBetween(end, start);
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  let months = (e.year - s.year) * 12 + (e.month - s.month);
  if (months > 0 && addMonths(start, months) > end) months -= 1;
  return months;
}

/** The later / earlier of two ISO dates (string comparison is date order for valid ISO dates). */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** Today's date in UTC as 'YYYY-MM-DD' (callers that need a fixed date should pass one). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
