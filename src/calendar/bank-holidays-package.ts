// England and Wales bank holidays as the `date-holidays` package computes them (region GB-ENG), with our
// corrections. Loading and running the package costs about 0.2 s of CPU, so commands read the table
// generated from it (bank-holiday-table.ts, by scripts/generate-bank-holidays.ts) and come here only for
// years past the table; bank-holidays.test.ts checks the table still equals this for every year it holds.
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
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { dayNumber, weekdayOfDayNumber } from './dates.ts';

/** Corrections to the package's output, by year: dates to add and dates to remove. */
const CORRECTIONS: Record<number, { add: string[]; remove: string[] }> = {
  2011: { add: ['2011-04-29'], remove: [] },
  2012: { add: ['2012-06-04'], remove: ['2012-05-28'] },
};

let holidays: HolidaysClass | undefined;

/** England and Wales bank holidays (weekdays only) for one year from the package, as sorted ISO dates. */
export function bankHolidaysFromPackage(year: number): string[] {
  // Required on first use (synchronously: callers build a set in plain functions), never at import.
  if (!holidays) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
    holidays = new Holidays('GB', 'ENG');
  }
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
