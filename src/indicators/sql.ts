/**
 * The SQL side of an evaluation: bound parameters, working days as a SQL expression, and the column
 * list definitions select. Working days are computed in the database so that timeliness measures run
 * over every record without loading them: cumulative working days W(d) = weekdays up to d minus weekday
 * bank holidays up to d, and workingDaysBetween(a, b) = W(b) - W(a), the convention of
 * src/calendar/working-days.ts (start is day 0; "within N WD" is a result <= N).
 */
import { bankHolidaySet } from '../calendar/bank-holidays.ts';
import type { RowColumns, RowsContext } from './definition.ts';

/** Collects bound parameters for one statement; $1 is always the council code. */
export class SqlParams {
  readonly values: unknown[];
  private holidaysPlaceholder: string | undefined;

  constructor(laCode: string) {
    this.values = [laCode];
  }

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    return cast ? `${placeholder}::${cast}` : placeholder;
  }

  /** The sorted weekday bank holidays as one date[] parameter, added on first use. */
  holidays(): string {
    this.holidaysPlaceholder ??= this.add(sortedHolidays(), 'date[]');
    return this.holidaysPlaceholder;
  }
}

let holidayList: string[] | undefined;

function sortedHolidays(): string[] {
  holidayList ??= [...bankHolidaySet()].sort();
  return holidayList;
}

/**
 * Working days on or before `date`, from a fixed origin (only differences mean anything). Weekdays are
 * counted from Monday 1970-01-05, shifted by 100,000 weeks so integer division never sees a negative;
 * width_bucket on the sorted holiday array is a binary search giving the holidays on or before `date`.
 */
export function cumulativeWorkingDaysSql(date: string, holidays: string): string {
  const shifted = `((${date})::date - DATE '1970-01-05' + 700001)`;
  return `(5 * (${shifted} / 7) + least(${shifted} % 7, 5) - width_bucket((${date})::date, ${holidays}))`;
}

/**
 * "Within N WD" (N >= 1): end <= the N-th working day after start. With W the cumulative count, that is
 * W(end) - W(start) < N, or = N with `end` itself a working day (W rises on it): a day with the same
 * count that is not a working day comes after the deadline (an ICPC on Christmas Day after a 15th
 * working day on 24 December is late).
 */
export function withinWorkingDaysSql(start: string, end: string, n: number | string, holidays: string): string {
  // n is a positive integer, or (for tests) a SQL expression of one.
  if (typeof n === 'number' && (!Number.isInteger(n) || n < 1)) {
    throw new Error(`withinWorkingDays: n must be a positive integer, got ${n}`);
  }
  const used = `(${cumulativeWorkingDaysSql(end, holidays)} - ${cumulativeWorkingDaysSql(start, holidays)})`;
  const endIsWorkingDay = `(${cumulativeWorkingDaysSql(end, holidays)} - ${cumulativeWorkingDaysSql(`(${end})::date - 1`, holidays)}) = 1`;
  return `(${used} < ${n} OR (${used} = ${n} AND ${endIsWorkingDay}))`;
}

/**
 * The context a definition's `rows` gets. `earliest` holds placeholders of the earliest reference date and
 * window start of the request: constants the planner can see, so that "open at w.at" and "open during
 * the window" can also say "not ended before the earliest date", which an index on the end date answers
 * without reading every span in the council's history once per window (EXPLAIN ANALYZE: the 24-month
 * series of cin-at-date on 100,000 children went from scanning all referrals 24 times to reading the few
 * still open).
 */
export function makeRowsContext(params: SqlParams, earliestDates: { at: string; from: string }): RowsContext {
  // Bound on first use only: a statement must use every parameter it is given.
  let at: string | undefined;
  let from: string | undefined;
  const earliest = {
    get at() {
      return (at ??= params.add(earliestDates.at, 'date'));
    },
    get from() {
      return (from ??= params.add(earliestDates.from, 'date'));
    },
  };
  return {
    la: '$1',
    get earliestAt() {
      return earliest.at;
    },
    get earliestFrom() {
      return earliest.from;
    },
    param: (value, cast) => params.add(value, cast),
    workingDays: (start, end) =>
      `(${cumulativeWorkingDaysSql(end, params.holidays())} - ${cumulativeWorkingDaysSql(start, params.holidays())})`,
    withinWorkingDays: (start, end, n) => withinWorkingDaysSql(start, end, n, params.holidays()),
    openAt: (start, end, day) =>
      day === 'w.at'
        ? `(${start} <= ${day} AND (${end} IS NULL OR ${end} > ${day}) AND (${end} IS NULL OR ${end} > ${earliest.at}))`
        : `(${start} <= ${day} AND (${end} IS NULL OR ${end} > ${day}))`,
    inPeriod: (date) => `${date} BETWEEN w.period_from AND w.period_to`,
    columns: rowColumnsSql,
  };
}

/** The SELECT list of ROW_COLUMNS for one row, with defaults for what the definition leaves out. */
export function rowColumnsSql(row: RowColumns): string {
  return [
    `${row.at ?? 'w.at'} AS at`,
    `(${row.subjectType ?? "'child'"})::text AS subject_type`,
    `(${row.subject})::text AS subject_id`,
    `(${row.record ?? 'NULL'})::text AS record_id`,
    `(${row.levelDate})::date AS level_date`,
    `(${row.team ?? 'NULL'})::text AS team_id`,
    `(${row.worker ?? 'NULL'})::text AS worker_id`,
    `coalesce(${row.numerator}, false) AS in_numerator`,
    `coalesce(${row.denominator ?? 'true'}, false) AS in_denominator`,
    `(${row.excluded ?? 'NULL'})::text AS excluded_reason`,
    `(${row.numValue ?? '1'})::numeric AS num_value`,
    `(${row.denValue ?? '1'})::numeric AS den_value`,
    `(${row.category ?? 'NULL'})::text AS category`,
    `(${row.detail ?? 'NULL'})::text AS detail`,
  ].join(',\n  ');
}
