/**
 * Backtest of the demand forecast on the store's own history: for each month-end origin D with 12
 * months of history before it and 12 months after it (up to the date asked), the model is fitted on the
 * 12 months to D alone and its forecast for D + 6 and D + 12 months compared with the children actually
 * looked after then; beside it the naive forecast (the stock at D carried forward). Errors: the mean
 * absolute percentage error of the total, and the weighted absolute percentage error over the 12 states
 * (age band x placement group: sum of absolute errors / sum of actuals), each averaged over the origins.
 */
import { addMonths } from '../../calendar/dates.ts';
import { monthEndOf } from '../../calendar/periods.ts';
import type { Db } from '../../store/db.ts';
import { PracticeRequestError } from '../council.ts';
import { FIT_MONTHS, simulateBand, statesAt, stockOf } from './demand.ts';
import { combinedForecast, shiftBand, type Snapshots } from './forecast.ts';

export const HORIZONS = [6, 12] as const;

export interface BacktestResult {
  laCode: string;
  historyFrom: string;
  at: string;
  fitMonths: number;
  origins: string[];
  horizons: Array<{
    months: number;
    /** The forecast as made (forecast.ts: shrunk, anchored, combined). */
    model: { totalMape: number; stateWape: number };
    naive: { totalMape: number; stateWape: number };
    /** The stock-flow model's own projection, before anchoring and combination. */
    stockFlow?: { totalMape: number; stateWape: number };
    /** Share of origins (%) whose actual total fell inside the forecast's 5-95% band. */
    coverage?: number;
  }>;
  /** Per origin and horizon: actual, model and naive totals. */
  detail: Array<{
    origin: string;
    months: number;
    actual: number;
    model: number;
    naive: number;
    stockFlow?: number;
    low?: number;
    high?: number;
  }>;
}

const pct = (n: number) => Math.round(n * 1000) / 10;
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const round1 = (n: number) => Math.round(n * 10) / 10;

export function backtestOrigins(historyFrom: string, at: string, fitMonths = FIT_MONTHS): string[] {
  const origins: string[] = [];
  for (let d = monthEndOf(addMonths(historyFrom, fitMonths)); addMonths(d, 12) <= at; d = monthEndOf(addMonths(d, 1)))
    origins.push(d);
  return origins;
}

/** Errors of one forecast against the actual stock: absolute % error of the total and WAPE over states. */
function errorsOf(forecast: readonly number[], actual: readonly number[]) {
  const total = sum(actual);
  return {
    total: Math.abs(sum(forecast) - total) / total,
    states: sum(actual.map((a, s) => Math.abs(forecast[s]! - a))) / total,
  };
}

type Errors = { total: number[]; states: number[] };
const summary = (e: Errors) => ({ totalMape: pct(mean(e.total)), stateWape: pct(mean(e.states)) });

/**
 * The backtest on snapshots already read: month-end states from `historyFrom` on. Each origin's forecast
 * is made by `combinedForecast`, which reads only the snapshots on or before the origin.
 */
export function backtestSnapshots(
  history: Snapshots,
  request: { laCode: string; at: string; historyFrom: string; fitMonths?: number },
): BacktestResult {
  const fit = request.fitMonths ?? FIT_MONTHS;
  const origins = backtestOrigins(request.historyFrom, request.at, fit);
  const target = (d: string, h: number) => monthEndOf(addMonths(d, h));
  const detail: BacktestResult['detail'] = [];
  const errors = new Map(
    HORIZONS.map((h) => [
      h,
      {
        model: { total: [], states: [] } as Errors,
        naive: { total: [], states: [] } as Errors,
        raw: { total: [], states: [] } as Errors,
        inside: [] as number[],
      },
    ]),
  );
  for (const origin of origins) {
    const f = combinedForecast(history, origin, 12, { fitMonths: fit, historyFrom: request.historyFrom });
    const band = shiftBand(simulateBand(f.fitted, f.stock, 12), f.raw, f.path);
    for (const h of HORIZONS) {
      const actual = stockOf(history.get(target(origin, h))!);
      // No child looked after at the target: no percentage error to take (the origin is left out).
      if (sum(actual) === 0) continue;
      const e = errors.get(h)!;
      for (const [list, forecast] of [
        [e.model, f.path[h - 1]!],
        [e.naive, f.stock],
        [e.raw, f.raw[h - 1]!],
      ] as const) {
        const { total, states } = errorsOf(forecast, actual);
        list.total.push(total);
        list.states.push(states);
      }
      const { low, high } = band[h - 1]!;
      e.inside.push(sum(actual) >= low && sum(actual) <= high ? 1 : 0);
      detail.push({
        origin,
        months: h,
        actual: sum(actual),
        model: round1(sum(f.path[h - 1]!)),
        naive: sum(f.stock),
        stockFlow: round1(sum(f.raw[h - 1]!)),
        low,
        high,
      });
    }
  }
  if (detail.length === 0)
    throw new PracticeRequestError(
      `no children looked after between ${request.historyFrom} and ${request.at}: nothing to backtest on`,
    );
  return {
    laCode: request.laCode,
    historyFrom: request.historyFrom,
    at: request.at,
    fitMonths: fit,
    origins,
    horizons: HORIZONS.map((h) => {
      const e = errors.get(h)!;
      return {
        months: h,
        model: summary(e.model),
        naive: summary(e.naive),
        stockFlow: summary(e.raw),
        coverage: pct(mean(e.inside)),
      };
    }),
    detail,
  };
}

export async function backtestDemand(
  db: Db,
  request: { laCode: string; at: string; historyFrom: string; fitMonths?: number },
): Promise<BacktestResult> {
  const fit = request.fitMonths ?? FIT_MONTHS;
  const origins = backtestOrigins(request.historyFrom, request.at, fit);
  if (origins.length === 0)
    throw new PracticeRequestError(
      `a backtest needs ${fit + 12} months of history: from ${request.historyFrom} to ${request.at} is too short`,
    );
  const last = monthEndOf(addMonths(origins.at(-1)!, 12));
  const dates: string[] = [];
  for (let d = monthEndOf(request.historyFrom); d <= last; d = monthEndOf(addMonths(d, 1))) dates.push(d);
  const states = await db.transaction((tx) => statesAt(tx, request.laCode, dates));
  return backtestSnapshots(states, request);
}
