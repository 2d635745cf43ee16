/**
 * One row of a scorecard from a measure's monthly series: the points at its frequency (the trend), the
 * last available result and its status, the target in force, RAG, direction of travel against the
 * previous point and the same point a year earlier, last year's outturn, and the underlying numbers in
 * words. Pure: the series, benchmarks and commentary are given.
 */
import { addMonths } from '../calendar/dates.ts';
import {
  financialQuarterOf,
  financialYearLabel,
  financialYearOf,
  isMonthEnd,
  monthEndOf,
  monthEnds,
} from '../calendar/periods.ts';
import type { IndicatorDefinition, ParamValues, Polarity, Unit } from '../indicators/definition.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { directionOf } from './direction.ts';
import type { Benchmarks, Commentary, Frequency, ResultStatus, ScorecardRow, TrendPoint } from './model.ts';
import { bandsInWords, ragOf } from './rag.ts';
import type { FrameworkIndicator, Target } from './schema.ts';

/** Months between the points of each frequency, and points a trend shows (12 to 24, as the issue asks). */
export const STEP_MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, annual: 12 };
export const TREND_POINTS: Record<Frequency, number> = { monthly: 24, quarterly: 12, annual: 2 };

/**
 * The months a row looks back over: 24 give a monthly trend of 24 points and the same month last year;
 * 36 give a quarterly trend of 12 quarters. An annual measure shows the two years 24 months hold (its
 * benchmarks carry the published years); more would cost every row.
 */
function seriesMonths(frequency: Frequency): number {
  return frequency === 'quarterly' ? 36 : 24;
}

/**
 * The reference dates the engine evaluates for a measure of this frequency at `at`: the points of the
 * frequency among the month-ends of its span, and nothing else. Every date buildRow reads is one of
 * them: the trend, the latest point, the point a step and a year before it (both points of the
 * frequency), and 31 March of last year (a point of every frequency). A quarterly measure costs 12
 * dates, not 36, and an annual one 2, not 24. `live` adds `at` itself when it is not a month-end: the
 * dashboard shows the position on the day, so what was recorded today shows today.
 */
export function seriesDates(frequency: Frequency, at: string, live = false): string[] {
  const points = monthEnds(at, seriesMonths(frequency)).filter((monthEnd) => isPointOf(frequency, monthEnd));
  return live && points.at(-1) !== at ? [...points, at] : points;
}

/** Whether a date is a point of the frequency: every month-end, quarter ends, or 31 March. */
function isPointOf(frequency: Frequency, date: string): boolean {
  if (!isMonthEnd(date)) return false;
  const month = Number(date.slice(5, 7));
  if (frequency === 'monthly') return true;
  if (frequency === 'quarterly') return month % 3 === 0;
  return month === 3;
}

/** The target in force on a date: the month's, else the quarter's ('2017-18Q3' or 'Q3'), else the year's. */
export function targetOn(target: Target | undefined, date: string): number | null {
  if (!target) return null;
  const month = target.months?.[date.slice(0, 7)];
  if (month !== undefined) return month;
  const q = financialQuarterOf(date);
  const quarter = target.quarters?.[`${financialYearLabel(financialYearOf(date))}Q${q}`] ?? target.quarters?.[`Q${q}`];
  return quarter ?? target.year ?? null;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

const GENERIC: Partial<Record<Unit, string>> = {
  percent: '{numerator} out of {denominator}',
  ratio: '{numerator} over {denominator}',
  days: '{numerator} days over {denominator}',
  weeks: '{numerator} weeks over {denominator}',
  'per-month': '{numerator} over {denominator} months',
};

/** The numbers behind a figure in words, from the framework's template or a generic one by unit. */
export function underlyingWords(
  template: string | undefined,
  unit: Unit,
  result: IndicatorResult | undefined,
): string | null {
  if (!result || result.value === null) return null;
  const text = template ?? GENERIC[unit];
  if (!text) return null;
  const values: Record<string, number | null> = {
    numerator: result.numerator,
    denominator: result.denominator,
    value: result.value,
  };
  if (/\{(numerator|denominator)\}/.test(text) && (result.numerator === null || result.denominator === null))
    return null;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    return v === null || v === undefined ? '' : formatNumber(v);
  });
}

export interface RowInput {
  entry: FrameworkIndicator;
  def: IndicatorDefinition;
  params: ParamValues;
  unit: Unit;
  polarity: Polarity;
  /** The measure's results at each month-end of its series (any order). */
  series: readonly IndicatorResult[];
  at: string;
  benchmarks: Benchmarks | null;
  commentary: Commentary[];
  /** The series holds `at` itself as its last point (seriesDates with `live`). */
  live?: boolean | undefined;
}

export function buildRow(input: RowInput): ScorecardRow {
  const { entry, unit, polarity, at } = input;
  const byDate = new Map(input.series.map((r) => [r.at, r]));
  const dates = [...byDate.keys()].sort();
  const valueAt = (date: string): number | null => byDate.get(date)?.value ?? null;
  // A live scorecard's last point is `at` itself (the position on the day, not at the month-end before it).
  const points = dates
    .filter((d) => (input.live && d === at) || isPointOf(entry.frequency, d))
    .slice(-TREND_POINTS[entry.frequency]);
  const trend: TrendPoint[] = points.map((d) => ({
    at: d,
    value: valueAt(d),
    target: targetOn(entry.target, d),
    numerator: byDate.get(d)?.numerator ?? null,
    denominator: byDate.get(d)?.denominator ?? null,
  }));
  const expected = points[points.length - 1] ?? null;
  const latest = [...trend].reverse().find((p) => p.value !== null) ?? null;
  const step = STEP_MONTHS[entry.frequency];
  const status: ResultStatus = !latest ? 'missing' : expected && latest.at < expected ? 'late' : 'up-to-date';
  const result = latest ? byDate.get(latest.at) : expected ? byDate.get(expected) : undefined;
  const current = latest?.value ?? null;
  const target = targetOn(entry.target, at);
  const earlier = (months: number) => (latest ? valueAt(monthEndOf(addMonths(latest.at, -months))) : null);
  const lastYearEnd = `${financialYearOf(at)}-03-31`;
  return {
    indicatorId: entry.id,
    params: { ...input.params },
    title: entry.title ?? input.def.title,
    unit,
    polarity,
    frequency: entry.frequency,
    officer: entry.officer ?? null,
    lastYearOutturn: valueAt(lastYearEnd),
    target,
    current,
    numerator: latest ? (result?.numerator ?? null) : null,
    denominator: latest ? (result?.denominator ?? null) : null,
    lastAvailable: latest?.at ?? null,
    ...(result?.rate && latest ? { rate: { per: result.rate.per, value: result.rate.value } } : {}),
    status,
    rag: ragOf(current, entry.bands, target, polarity),
    bands: bandsInWords(entry.bands, unit, target),
    direction: {
      previous: directionOf(current, earlier(step), polarity, unit, entry.noise),
      lastYear: directionOf(current, earlier(12), polarity, unit, entry.noise),
    },
    trend,
    underlying: latest ? underlyingWords(entry.underlying, unit, result) : null,
    benchmarks: input.benchmarks,
    commentary: input.commentary,
    note: noteFor(status, input.def, expected ? byDate.get(expected) : undefined, expected),
  };
}

function noteFor(
  status: ResultStatus,
  def: IndicatorDefinition,
  result: IndicatorResult | undefined,
  expected: string | null,
): string | null {
  if (status === 'up-to-date') return null;
  if (status === 'missing')
    return def.source === 'manual'
      ? `Not entered for the period (kestrel measures import).`
      : (result?.note ?? 'No value could be computed for any point of the trend.');
  return `No value for ${expected}${result?.note ? ` (${result.note})` : ''}; the latest result is shown.`;
}
