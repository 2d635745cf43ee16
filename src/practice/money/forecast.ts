/**
 * The demand forecast proper: the stock-flow model (demand.ts) anchored on the stock observed at the
 * origin and combined with the naive forecast (that stock carried forward) by weights the model earns on
 * its own past.
 *
 * Why: a council's stock of children looked after moves slowly, so carrying it forward is a hard
 * benchmark (docs/BENCHMARKS.md). The model's change in the total is entries less exits, a small
 * difference of two noisy monthly rates: projected as it is, it drifts where the stock is steady. Its
 * change in the mix (children ageing into the next band, moving placement group) is better founded, but
 * small states (a few children) give noisy rates too. So the forecast is built in three standard steps:
 *
 * 1. Shrinkage (empirical Bayes by exposure, in demand.ts `fitModel`): each state's leaving rate is
 *    pulled toward its age band's pooled rate with weight exposure / (exposure + SHRINKAGE), so a state
 *    seen for a few child-months borrows from its band and a large one keeps its own rate.
 * 2. Anchoring: the forecast starts from the observed stock and adds the model's change since the origin,
 *    separately for the total (total = stock + w x the model's change in the total) and for the mix
 *    (share of each state = share now + v x the model's change in that share). Its own equilibrium is
 *    never used.
 * 3. Weights by time-series cross-validation inside the history: w and v are chosen, from 0 to 1 in
 *    tenths, to minimise the errors the same procedure would have made at earlier month-end origins
 *    whose outcome (3, 6 and 12 months on) is known by the origin: the absolute percentage error of the
 *    total for w, the absolute error in the shares for v. Nothing after the origin is read: where the
 *    stock trends the model earns a high w; where it is steady, w falls toward 0 and the forecast toward
 *    the naive one. With no earlier origin to learn from, both weights are 0.5 (half the model's change).
 *
 * The band: the model's simulated 5th-95th percentiles (demand.ts `simulateBand`) moved with the
 * forecast, so it keeps the model's spread around the combined forecast.
 */
import { addMonths } from '../../calendar/dates.ts';
import { monthEndOf } from '../../calendar/periods.ts';
import { FIT_MONTHS, fitModel, fittingDates, project, stockOf, type StockFlowModel } from './stock-flow.ts';

/** Child-months of exposure at which a state's own leaving rate and its band's pooled rate weigh equally. */
export const SHRINKAGE = 60;
/** Months of earlier origins the weights are learnt from. */
export const CV_MONTHS = 24;
/** Horizons the weights are learnt on (the backtest reports 6 and 12). */
const CV_HORIZONS = [3, 6, 12];
/** Weight when there is no earlier origin to learn from. */
const PRIOR_WEIGHT = 0.5;
const GRID = Array.from({ length: 11 }, (_, i) => i / 10);

export type Snapshots = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface ForecastSettings {
  fitMonths?: number;
  shrinkage?: number;
  cvMonths?: number;
  /** No snapshot before this date is used (the backtest's start of history). */
  historyFrom?: string;
}

export interface CombinedForecast {
  fitted: StockFlowModel;
  stock: number[];
  /** The stock-flow model's own projection. */
  raw: number[][];
  /** The anchored, combined forecast by state. */
  path: number[][];
  weights: { total: number; mix: number; origins: number };
}

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/** The month-ends the model is fitted on for an origin, ending at the origin itself. */
export function fitDatesAt(origin: string, fitMonths: number): string[] {
  return [...fittingDates(origin, fitMonths).slice(0, -1), origin];
}

/** The snapshot dates a forecast at `origin` reads: its fit window and the earlier origins' windows. */
export function datesNeeded(origin: string, settings: ForecastSettings = {}): string[] {
  const fit = settings.fitMonths ?? FIT_MONTHS;
  const cv = settings.cvMonths ?? CV_MONTHS;
  return [...fittingDates(origin, fit + cv).slice(0, -1), origin];
}

/** Anchored forecast: the stock now plus w x the model's change in the total and v x its change in the mix. */
export function anchor(stock: readonly number[], raw: readonly number[][], w: number, v: number): number[][] {
  const now = sum(stock);
  return raw.map((r) => {
    const modelTotal = sum(r);
    const total = Math.max(0, now + w * (modelTotal - now));
    return r.map((n, s) => {
      const shareNow = now ? stock[s]! / now : 0;
      const shareModel = modelTotal ? n / modelTotal : 0;
      return Math.max(0, shareNow + v * (shareModel - shareNow)) * total;
    });
  });
}

/** The stock-flow model fitted at an origin and its raw projection. */
function modelAt(history: Snapshots, origin: string, fit: number, shrinkage: number, months: number) {
  const snapshots = fitDatesAt(origin, fit).map((d) => snapshotOf(history, d));
  const fitted = fitModel(snapshots, { shrinkage });
  const stock = stockOf(snapshots.at(-1)!);
  return { fitted, stock, raw: project(fitted, stock, months) };
}

function snapshotOf(history: Snapshots, date: string): ReadonlyMap<string, number> {
  const found = history.get(date);
  if (!found) throw new Error(`demand forecast: no snapshot at ${date}`);
  return found;
}

/**
 * The weights from earlier origins D' (month-ends before the origin, with their whole fit window on or
 * after `historyFrom`) at the horizons whose outcome is known by the origin.
 */
export function learnWeights(
  history: Snapshots,
  origin: string,
  settings: ForecastSettings = {},
): { total: number; mix: number; origins: number } {
  const fit = settings.fitMonths ?? FIT_MONTHS;
  const shrinkage = settings.shrinkage ?? SHRINKAGE;
  const totalLoss = GRID.map(() => 0);
  const mixLoss = GRID.map(() => 0);
  let origins = 0;
  for (let k = 1; k <= (settings.cvMonths ?? CV_MONTHS); k++) {
    const earlier = monthEndOf(addMonths(origin, -k));
    const first = fittingDates(earlier, fit)[0]!;
    if (earlier >= origin || (settings.historyFrom && first < settings.historyFrom)) continue;
    const horizons = CV_HORIZONS.filter((h) => monthEndOf(addMonths(earlier, h)) <= origin);
    if (horizons.length === 0 || !history.has(first)) continue;
    const { stock, raw } = modelAt(history, earlier, fit, shrinkage, Math.max(...horizons));
    let used = false;
    for (const h of horizons) {
      const actual = stockOf(snapshotOf(history, monthEndOf(addMonths(earlier, h))));
      const total = sum(actual);
      if (total === 0) continue;
      used = true;
      GRID.forEach((g, i) => {
        const [forecast] = anchor(stock, [raw[h - 1]!], g, g);
        totalLoss[i]! += Math.abs(sum(forecast!) - total) / total;
        const f = sum(forecast!);
        mixLoss[i]! += sum(actual.map((a, s) => Math.abs((f ? forecast![s]! / f : 0) - a / total)));
      });
    }
    if (used) origins += 1;
  }
  if (origins === 0) return { total: PRIOR_WEIGHT, mix: PRIOR_WEIGHT, origins };
  const best = (loss: number[]) => GRID[loss.indexOf(Math.min(...loss))]!;
  return { total: best(totalLoss), mix: best(mixLoss), origins };
}

/**
 * The forecast at `origin` from snapshots on or before it. Snapshots after the origin are never read
 * (the backtest's test changes them and checks the forecast does not move).
 */
export function combinedForecast(
  history: Snapshots,
  origin: string,
  months: number,
  settings: ForecastSettings = {},
): CombinedForecast {
  const past = new Map([...history].filter(([d]) => d <= origin));
  const fit = settings.fitMonths ?? FIT_MONTHS;
  const { fitted, stock, raw } = modelAt(past, origin, fit, settings.shrinkage ?? SHRINKAGE, months);
  const weights = learnWeights(past, origin, settings);
  return { fitted, stock, raw, path: anchor(stock, raw, weights.total, weights.mix), weights };
}

/** The band moved with the forecast: the model's simulated spread around the combined total. */
export function shiftBand(
  band: ReadonlyArray<{ low: number; high: number }>,
  raw: readonly number[][],
  path: readonly number[][],
): Array<{ low: number; high: number }> {
  return band.map((b, t) => {
    const shift = sum(path[t]!) - sum(raw[t]!);
    return { low: Math.max(0, Math.round(b.low + shift)), high: Math.max(0, Math.round(b.high + shift)) };
  });
}
