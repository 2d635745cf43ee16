/**
 * The reporting periods a council reports on, as the documents name them: a financial year ('2024-25',
 * 1 April 2024 to 31 March 2025), a financial quarter ('2024-25Q2', July to September 2024; Q1 is
 * April-June) or a calendar month ('2025-03').
 */
import { daysInMonth, formatIsoDate } from '../calendar/dates.ts';
import { financialQuarterOf, financialYearLabel, financialYearOf } from '../calendar/periods.ts';

export interface ReportingPeriod {
  label: string;
  kind: 'year' | 'quarter' | 'month';
  from: string;
  to: string;
}

/** Reads a period label; throws an Error saying what was expected. */
export function parseReportingPeriod(text: string): ReportingPeriod {
  const label = text.trim();
  const year = /^(\d{4})-(\d{2})(?:Q(\d))?$/.exec(label);
  // '2011-12' reads as the financial year, not December 2011: only years before 2012 are ambiguous.
  const isYear =
    year && (year[3] !== undefined || Number(year[2]) === (Number(year[1]) + 1) % 100 || Number(year[2]) > 12);
  if (year && isYear) {
    const start = Number(year[1]);
    if (Number(year[2]) !== (start + 1) % 100)
      throw new Error(`"${label}" is not a financial year: expected ${financialYearLabel(start)}`);
    if (year[3] === undefined)
      return { label, kind: 'year', from: formatIsoDate(start, 4, 1), to: formatIsoDate(start + 1, 3, 31) };
    const q = Number(year[3]);
    if (q < 1 || q > 4) throw new Error(`"${label}": a financial year has quarters Q1 to Q4`);
    const firstMonth = 4 + (q - 1) * 3; // 4, 7, 10, 13 (January of the next year)
    const y = firstMonth > 12 ? start + 1 : start;
    const m = firstMonth > 12 ? firstMonth - 12 : firstMonth;
    return { label, kind: 'quarter', from: formatIsoDate(y, m, 1), to: formatIsoDate(y, m + 2, daysInMonth(y, m + 2)) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return { label, kind: 'month', from: formatIsoDate(y, m, 1), to: formatIsoDate(y, m, daysInMonth(y, m)) };
  }
  throw new Error(
    `"${label}" is not a period: expected a financial year (2024-25), a quarter (2024-25Q2) or a month (2025-03)`,
  );
}

/** The label of the period of a kind that contains a date: '2024-25', '2024-25Q3', '2024-12'. */
export function reportingPeriodOf(kind: ReportingPeriod['kind'], at: string): string {
  const fy = financialYearLabel(financialYearOf(at));
  if (kind === 'year') return fy;
  if (kind === 'quarter') return `${fy}Q${financialQuarterOf(at)}`;
  return at.slice(0, 7);
}
