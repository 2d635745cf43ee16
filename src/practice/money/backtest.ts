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
import { FIT_MONTHS, fitModel, fittingDates, project, statesAt, stockOf } from './demand.ts';

export const HORIZONS = [6, 12] as const;

export interface BacktestResult {
  laCode: string;
  historyFrom: string;
  at: string;
  fitMonths: number;
  origins: string[];
  horizons: Array<{
    months: number;
    model: { totalMape: number; stateWape: number };
    naive: { totalMape: number; stateWape: number };
  }>;
  /** Per origin and horizon: actual, model and naive totals. */
  detail: Array<{ origin: string; months: number; actual: number; model: number; naive: number }>;
}

const pct = (n: number) => Math.round(n * 1000) / 10;
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);

export function backtestOrigins(historyFrom: string, at: string, fitMonths = FIT_MONTHS): string[] {
  const origins: string[] = [];
  for (let d = monthEndOf(addMonths(historyFrom, fitMonths)); addMonths(d, 12) <= at; d = monthEndOf(addMonths(d, 1)))
    origins.push(d);
  return origins;
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
  const target = (d: string, h: number) => monthEndOf(addMonths(d, h));
  const dates = [
    ...new Set(origins.flatMap((d) => [...fittingDates(d, fit), ...HORIZONS.map((h) => target(d, h))])),
  ].sort();
  const states = await db.transaction((tx) => statesAt(tx, request.laCode, dates));
  const detail: BacktestResult['detail'] = [];
  const errors = new Map<number, { model: number[]; naive: number[]; modelW: number[]; naiveW: number[] }>(
    HORIZONS.map((h) => [h, { model: [], naive: [], modelW: [], naiveW: [] }]),
  );
  for (const origin of origins) {
    const model = fitModel(fittingDates(origin, fit).map((d) => states.get(d)!));
    const stock = stockOf(states.get(origin)!);
    const path = project(model, stock, 12);
    for (const h of HORIZONS) {
      const actual = stockOf(states.get(target(origin, h))!);
      const forecast = path[h - 1]!;
      const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
      const total = sum(actual);
      // No child looked after at the target: no percentage error to take (the origin is left out).
      if (total === 0) continue;
      const e = errors.get(h)!;
      e.model.push(Math.abs(sum(forecast) - total) / total);
      e.naive.push(Math.abs(sum(stock) - total) / total);
      e.modelW.push(sum(actual.map((a, s) => Math.abs(forecast[s]! - a))) / total);
      e.naiveW.push(sum(actual.map((a, s) => Math.abs(stock[s]! - a))) / total);
      detail.push({ origin, months: h, actual: total, model: Math.round(sum(forecast) * 10) / 10, naive: sum(stock) });
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
        model: { totalMape: pct(mean(e.model)), stateWape: pct(mean(e.modelW)) },
        naive: { totalMape: pct(mean(e.naive)), stateWape: pct(mean(e.naiveW)) },
      };
    }),
    detail,
  };
}
