// Reporting periods and the English local-authority year.
//
// The financial year runs 1 April to 31 March (FY 2024-25 = 2024-04-01..2025-03-31). The statutory
// collections (SSDA903, CIN census) cover the same year and are named by the year of the 31 March
// that ends it: the 2025 collection is 2024-04-01..2025-03-31 (RETURNS.md).
//
// Each period kind is the reporting window that ENDS at the evaluation date `at`, so an indicator
// evaluated "as at" a date never looks past it:
//   month   = first day of the calendar month containing `at` .. at
//   quarter = first day of the financial quarter containing `at` .. at
//             (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)
//   ytd     = 1 April of the financial year containing `at` .. at
//   fy      = the whole financial year containing `at` (1 April .. 31 March), which may end after `at`
//   r12     = the rolling 12 months ending at `at`: (at - 1 year + 1 day) .. at
// Periods are inclusive at both ends.

import { addDays, addMonths, addYears, daysInMonth, formatIsoDate, isIsoDate, parseIsoDate } from './dates.ts';

export type Period = { from: string; to: string };

export const PERIOD_KINDS = ['month', 'quarter', 'ytd', 'fy', 'r12'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export function isPeriodKind(value: string): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value);
}

/** The calendar year in which the financial year containing `iso` starts: 2025-03-31 -> 2024. */
export function financialYearOf(iso: string): number {
  const { year, month } = parseIsoDate(iso);
  return month >= 4 ? year : year - 1;
}

/** The collection year (the year of the 31 March that ends it): 2025-03-31 -> 2025, 2024-04-01 -> 2025. */
export function collectionYearOf(iso: string): number {
  return financialYearOf(iso) + 1;
}

/** '2024-25' for the financial year starting 1 April 2024. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The whole financial year starting 1 April `startYear`. */
export function financialYearPeriod(startYear: number): Period {
  return { from: formatIsoDate(startYear, 4, 1), to: formatIsoDate(startYear + 1, 3, 31) };
}

/** Financial quarter 1-4 of a date: Q1 is April-June, Q4 is January-March. */
export function financialQuarterOf(iso: string): 1 | 2 | 3 | 4 {
  const { month } = parseIsoDate(iso);
  return (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The reporting window of `kind` ending at `at` (see the header for each kind). */
export function periodFor(kind: PeriodKind, at: string): Period {
  const { year, month } = parseIsoDate(at);
  switch (kind) {
    case 'month':
      return { from: formatIsoDate(year, month, 1), to: at };
    case 'quarter': {
      const quarterStartMonth = month - (((month + 8) % 12) % 3);
      return { from: formatIsoDate(year, quarterStartMonth, 1), to: at };
    }
    case 'ytd':
      return { from: financialYearPeriod(financialYearOf(at)).from, to: at };
    case 'fy':
      return financialYearPeriod(financialYearOf(at));
    case 'r12':
      return { from: addDays(addYears(at, -1), 1), to: at };
  }
}

/**
 * Reads a period from user input: one of the kinds (relative to `at`, case-insensitive) or an
 * explicit inclusive range 'YYYY-MM-DD..YYYY-MM-DD'. Throws an Error saying what was wrong.
 */
export function parsePeriod(text: string, at: string): Period {
  parseIsoDate(at);
  const trimmed = text.trim();
  const word = trimmed.toLowerCase();
  if (isPeriodKind(word)) return periodFor(word, at);
  const parts = trimmed.split('..');
  if (parts.length !== 2) {
    throw new Error(
      `Unknown period ${JSON.stringify(text)}: use ${PERIOD_KINDS.join(', ')} or a range YYYY-MM-DD..YYYY-MM-DD`,
    );
  }
  const [from = '', to = ''] = parts.map((part) => part.trim());
  for (const [label, value] of [
    ['start', from],
    ['end', to],
  ] as const) {
    if (!isIsoDate(value)) {
      throw new Error(
        `Invalid period ${label} ${JSON.stringify(value)} in ${JSON.stringify(text)}: expected an existing date as YYYY-MM-DD`,
      );
    }
  }
  if (from > to) throw new Error(`Invalid period ${JSON.stringify(text)}: start ${from} is after end ${to}`);
  return { from, to };
}

/** True when `iso` lies within the inclusive period. */
export function periodContains(period: Period, iso: string): boolean {
  return iso >= period.from && iso <= period.to;
}

/** The same window one year earlier (for direction of travel); month ends stay month ends. */
export function samePeriodLastYear(period: Period): Period {
  const to = isMonthEnd(period.to) ? monthEndOf(addYears(period.to, -1)) : addYears(period.to, -1);
  return { from: addYears(period.from, -1), to };
}

export function isMonthEnd(iso: string): boolean {
  const { year, month, day } = parseIsoDate(iso);
  return day === daysInMonth(year, month);
}

/** The last day of the month containing `iso`. */
export function monthEndOf(iso: string): string {
  const { year, month } = parseIsoDate(iso);
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/**
 * The last n month-end dates on or before `at`, oldest first (for monthly series). If `at` is
 * itself a month end it is the last element; otherwise the series ends at the previous month end.
 */
export function monthEnds(at: string, n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`monthEnds: n must be a whole number, got ${n}`);
  const { year, month } = parseIsoDate(at);
  const latest = isMonthEnd(at) ? at : addDays(formatIsoDate(year, month, 1), -1);
  const ends: string[] = [];
  for (let back = n - 1; back >= 0; back--) ends.push(monthEndOf(addMonths(latest, -back)));
  return ends;
}
