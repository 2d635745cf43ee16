/**
 * The dashboard's filter, read from the GET parameters of its form (so it works without JavaScript and a
 * filtered page can be bookmarked or shared): the period period measures count over, the date the
 * scorecard is as at (GOV.UK date input: date-day, date-month, date-year) and the level (council,
 * locality or team). Each bad value gives one GOV.UK error message naming its field; nothing is asked
 * of the store until the filter reads cleanly.
 */
import { findDateParts, formatIsoDate } from '../../calendar/dates.ts';
import { DASHBOARD_WINDOWS, type DashboardWindow } from '../../framework/scorecard.ts';
import { formatDate } from './format.ts';

/** 'framework': each measure over the window its framework sets; otherwise one window for all. */
export const DASHBOARD_PERIODS = ['framework', ...DASHBOARD_WINDOWS] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export const PERIOD_NAMES: Record<DashboardPeriod, string> = {
  framework: 'As the framework sets',
  month: 'Month to date',
  quarter: 'Quarter to date',
  ytd: 'Financial year to date',
};

export interface DashboardFilter {
  period: DashboardPeriod;
  /** The date the scorecard is as at (YYYY-MM-DD). */
  date: string;
  /** 'council', 'locality:NAME' or 'team:ID'. */
  level: string;
}

/** One level the user may choose: the value the form sends and the words it shows. */
export interface LevelChoice {
  value: string;
  text: string;
}

/** The GET parameters as typed (kept to show them again beside an error). */
export interface FilterInput {
  period?: string | undefined;
  day?: string | undefined;
  month?: string | undefined;
  year?: string | undefined;
  level?: string | undefined;
}

export interface FilterProblem {
  /** The id of the field the error summary links to. */
  field: 'period' | 'date-day' | 'date-month' | 'date-year' | 'level';
  message: string;
}

export type FilterOutcome =
  | { ok: true; filter: DashboardFilter; chosen: boolean }
  | { ok: false; problems: FilterProblem[] };

/** The earliest date a scorecard may be asked for (no council holds children's records before it). */
const EARLIEST = '2000-01-01';

/** The filter's parameters from a request's query. */
export function filterInput(query: (name: string) => string | undefined): FilterInput {
  const trim = (name: string) => query(name)?.trim().slice(0, 100);
  return {
    period: trim('period'),
    day: trim('date-day'),
    month: trim('date-month'),
    year: trim('date-year'),
    level: trim('level'),
  };
}

/**
 * Reads the filter against the user's defaults and the levels they may choose. `chosen` is false when
 * the request gave no filter at all (the page then shows the user's own scope).
 */
export function readFilter(
  input: FilterInput,
  defaults: DashboardFilter,
  levels: readonly LevelChoice[],
  today: string,
): FilterOutcome {
  const problems: FilterProblem[] = [];
  const period = input.period || defaults.period;
  if (!(DASHBOARD_PERIODS as readonly string[]).includes(period))
    problems.push({ field: 'period', message: 'Choose a period from the list' });
  const date = readDate(input, defaults.date, today, problems);
  const level = input.level || defaults.level;
  if (!levels.some((choice) => choice.value === level))
    problems.push({ field: 'level', message: 'Choose a council, locality or team from the list' });
  if (problems.length > 0) return { ok: false, problems };
  const chosen = Boolean(input.period || input.day || input.month || input.year || input.level);
  return { ok: true, filter: { period: period as DashboardPeriod, date: date!, level }, chosen };
}

/** A date typed in a GOV.UK date input's three boxes, or the message for the box that is wrong. */
export type DateReading = { blank: true } | { iso: string } | { part: 'day' | 'month' | 'year'; message: string };

/** Reads the three boxes with GOV.UK's date input messages (`what` names the date: "The date"). */
export function readDateParts(
  parts: { day?: string | undefined; month?: string | undefined; year?: string | undefined },
  what: string,
): DateReading {
  const typed = { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
  if (!typed.day && !typed.month && !typed.year) return { blank: true };
  const missing = (['day', 'month', 'year'] as const).filter((part) => !typed[part]);
  if (missing.length > 0) return { part: missing[0]!, message: `${what} must include a ${missing.join(' and ')}` };
  if (!/^\d{4}$/.test(typed.year)) return { part: 'year', message: 'Year must include 4 numbers' };
  const iso =
    /^\d{1,2}$/.test(typed.day) && /^\d{1,2}$/.test(typed.month)
      ? formatIsoDate(Number(typed.year), Number(typed.month), Number(typed.day))
      : '';
  return findDateParts(iso) ? { iso } : { part: 'day', message: `${what} must be a real date` };
}

/** The filter's date: today by default, never in the future nor before EARLIEST. */
function readDate(input: FilterInput, fallback: string, today: string, problems: FilterProblem[]): string | undefined {
  const reading = readDateParts(input, 'The date');
  if ('blank' in reading) return fallback;
  if ('part' in reading) {
    problems.push({ field: `date-${reading.part}`, message: reading.message });
    return undefined;
  }
  if (reading.iso > today) {
    problems.push({ field: 'date-day', message: `The date must be today or in the past (${formatDate(today)})` });
    return undefined;
  }
  if (reading.iso < EARLIEST) {
    problems.push({ field: 'date-day', message: `The date must be on or after ${formatDate(EARLIEST)}` });
    return undefined;
  }
  return reading.iso;
}

/** The query string that asks for this filter again (for links to a measure), empty for the defaults. */
export function filterQuery(filter: DashboardFilter, defaults: DashboardFilter): string {
  const params = new URLSearchParams();
  if (filter.period !== defaults.period) params.set('period', filter.period);
  if (filter.date !== defaults.date) {
    const [year, month, day] = filter.date.split('-');
    params.set('date-day', String(Number(day)));
    params.set('date-month', String(Number(month)));
    params.set('date-year', year!);
  }
  if (filter.level !== defaults.level) params.set('level', filter.level);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isDashboardWindow(period: DashboardPeriod): period is DashboardWindow {
  return period !== 'framework';
}
