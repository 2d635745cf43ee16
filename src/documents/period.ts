/**
 * The period a report covers, as the user writes it: a financial year ("2024-25"), a quarter of one
 * ("2024-25Q2": Q1 April-June ... Q4 January-March) or a month ("2025-03"). The figures are as at the
 * period's last day.
 */
import { daysInMonth, formatIsoDate } from '../calendar/dates.ts';

export interface ReportPeriod {
  kind: 'year' | 'quarter' | 'month';
  /** As given, normalised ("2024-25Q2"). */
  text: string;
  /** In words for headings ("Quarter 2 of 2024-25, July to September 2024"). */
  label: string;
  /** For a column heading ("Q2 2024-25", "Mar 2025", "2024-25"). */
  short: string;
  from: string;
  to: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Parses a period or throws an Error whose message says what is accepted. */
export function parseReportPeriod(text: string): ReportPeriod {
  const value = text.trim();
  const year = /^(\d{4})-(\d{2})(?:Q(\d+))?$/i.exec(value);
  if (year && Number(year[2]) === (Number(year[1]) + 1) % 100) {
    const start = Number(year[1]);
    const fy = `${start}-${year[2]}`;
    if (year[3] === undefined)
      return {
        kind: 'year',
        text: fy,
        short: fy,
        label: `${fy}, April ${start} to March ${start + 1}`,
        from: formatIsoDate(start, 4, 1),
        to: formatIsoDate(start + 1, 3, 31),
      };
    const quarter = Number(year[3]);
    if (quarter < 1 || quarter > 4) throw new Error(`period "${text}": a financial year has quarters Q1 to Q4`);
    const firstMonth = ((quarter - 1) * 3 + 3) % 12; // 0-based: Q1 April = 3, Q4 January = 0
    const calendarYear = quarter === 4 ? start + 1 : start;
    const lastMonth = firstMonth + 2;
    return {
      kind: 'quarter',
      text: `${fy}Q${quarter}`,
      short: `Q${quarter} ${fy}`,
      label: `Quarter ${quarter} of ${fy}, ${MONTHS[firstMonth]} to ${MONTHS[lastMonth]} ${calendarYear}`,
      from: formatIsoDate(calendarYear, firstMonth + 1, 1),
      to: formatIsoDate(calendarYear, lastMonth + 1, daysInMonth(calendarYear, lastMonth + 1)),
    };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return {
      kind: 'month',
      text: value,
      short: `${MONTHS[m - 1]?.slice(0, 3)} ${y}`,
      label: `${MONTHS[m - 1]} ${y}`,
      from: formatIsoDate(y, m, 1),
      to: formatIsoDate(y, m, daysInMonth(y, m)),
    };
  }
  throw new Error(`period "${text}": expected a financial year (2024-25), a quarter (2024-25Q2) or a month (2025-03)`);
}
