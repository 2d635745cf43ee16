// England and Wales bank holidays: the table generated from the `date-holidays` package
// (bank-holiday-table.ts, checked against the package in bank-holidays.test.ts), and the package itself
// only for years past the table (bank-holidays-package.ts says why, and which corrections apply).

import { BANK_HOLIDAY_TABLE, TABLE_LAST_YEAR } from './bank-holiday-table.ts';
import { bankHolidaysFromPackage } from './bank-holidays-package.ts';

/** First year covered. Working-day arithmetic before this has no bank holidays to subtract. */
export const FIRST_HOLIDAY_YEAR = 2010;

/** Last year covered: the current year plus ten, so long-running plans and projections still count. */
export function lastHolidayYear(): number {
  return new Date().getUTCFullYear() + 10;
}

let cachedSet: ReadonlySet<string> | undefined;

/** England and Wales bank holidays (weekdays only) for one year, as sorted ISO dates. */
export function bankHolidaysInYear(year: number): string[] {
  const listed = year <= TABLE_LAST_YEAR ? BANK_HOLIDAY_TABLE[year] : undefined;
  return listed ? listed.map((monthDay) => `${year}-${monthDay}`) : bankHolidaysFromPackage(year);
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
