// England and Wales bank holidays, from the `date-holidays` package (region GB-ENG).
//
// We keep the 'public' and 'bank' types (the package files English bank holidays as 'public') and
// drop weekend dates: for a holiday that falls on a weekend the package lists both the weekend day
// and the weekday substitute, and only the substitute is a day off (e.g. 2020: Boxing Day Sat 26 Dec
// and the substitute Mon 28 Dec). The GOV.UK list for 2016-2026 is pinned in bank-holidays.test.ts.
//
// The package (3.x) misses two one-off proclamations, which we correct here (GOV.UK and The London
// Gazette): the royal wedding on Friday 29 April 2011, and in 2012 the spring bank holiday moved
// from Monday 28 May to Monday 4 June for the Diamond Jubilee (the package has 28 May and 5 June
// only). Without these, working-day counts across those weeks would be off by one.

import Holidays from 'date-holidays';
import { dayNumber, weekdayOfDayNumber } from './dates.ts';

/** First year covered. Working-day arithmetic before this has no bank holidays to subtract. */
export const FIRST_HOLIDAY_YEAR = 2010;

/** Last year covered: the current year plus ten, so long-running plans and projections still count. */
export function lastHolidayYear(): number {
  return new Date().getUTCFullYear() + 10;
}

/** Corrections to the package's output, by year: dates to add and dates to remove. */
const CORRECTIONS: Record<number, { add: string[]; remove: string[] }> = {
  2011: { add: ['2011-04-29'], remove: [] },
  2012: { add: ['2012-06-04'], remove: ['2012-05-28'] },
};

let cachedSet: ReadonlySet<string> | undefined;

/** England and Wales bank holidays (weekdays only) for one year, as sorted ISO dates. */
export function bankHolidaysInYear(year: number): string[] {
  const holidays = new Holidays('GB', 'ENG');
  const dates = holidays
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
    .map((holiday) => holiday.date.slice(0, 10))
    .filter((iso) => {
      const weekday = weekdayOfDayNumber(dayNumber(iso));
      return weekday !== 0 && weekday !== 6;
    });
  const correction = CORRECTIONS[year];
  const corrected = correction
    ? [...dates.filter((iso) => !correction.remove.includes(iso)), ...correction.add]
    : dates;
  return [...new Set(corrected)].sort();
}

/** All England and Wales bank holidays FIRST_HOLIDAY_YEAR..lastHolidayYear(), built once on first use. */
export function bankHolidaySet(): ReadonlySet<string> {
  if (!cachedSet) {
    const all = new Set<string>();
    for (let year = FIRST_HOLIDAY_YEAR; year <= lastHolidayYear(); year++) {
      for (const iso of bankHolidaysInYear(year)) all.add(iso);
    }
    cachedSet = all;
  }
  return cachedSet;
}

export function isBankHoliday(iso: string): boolean {
  return bankHolidaySet().has(iso);
}
