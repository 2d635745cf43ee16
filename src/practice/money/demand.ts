/**
 * The demand forecast for children looked after, 24 months ahead, by age band and placement group, from
 * a stock-flow model of the council's own history: at month-ends over the 12 months before the origin
 * date, each child's state (age band x placement group, or not looked after) is read from the 903
 * episodes open at the month-end (short breaks, legal status V3/V4, left out as national statistics do).
 * The month-to-month moves between states give the transition probabilities (staying, moving placement
 * group, ageing into the next band, leaving care) and the children arriving from outside give the mean
 * monthly entries per state. The forecast applies them month by month to the stock at the origin. The
 * uncertainty band is the 5th to 95th percentile of 200 simulations (each child moved by the transition
 * probabilities, entries drawn as Poisson counts) from a fixed seed, so it is reproducible.
 * The forecast itself (`demandForecast`) is this model with leaving rates shrunk toward the age band's,
 * anchored on the observed stock and combined with the naive forecast by weights learnt on earlier
 * origins: forecast.ts says how and why (the model projected as it is drifts where the stock is steady).
 * Children in need are not modelled here (partial: looked-after children only).
 */
import { addMonths } from '../../calendar/dates.ts';
import { monthEndOf } from '../../calendar/periods.ts';
import type { Db } from '../../store/db.ts';
import { combinedForecast, datesNeeded, SHRINKAGE, shiftBand } from './forecast.ts';

export const AGE_BANDS = ['0-4', '5-9', '10-15', '16-17'] as const;
export const PLACEMENT_GROUPS = ['foster', 'residential', 'other'] as const;
/** 903 placement types counted as residential: secure homes, children's homes, residential schools, YOI. */
const RESIDENTIAL = ['K1', 'K2', 'R1', 'R2', 'R5', 'S1', 'C2'];
/** The placement group a 903 placement type falls in. */
export function groupOfPlacementType(type: string): (typeof PLACEMENT_GROUPS)[number] {
  return type.startsWith('U') ? 'foster' : RESIDENTIAL.includes(type) ? 'residential' : 'other';
}
export const STATES = AGE_BANDS.flatMap((band) => PLACEMENT_GROUPS.map((group) => `${band} ${group}`));
const N = STATES.length;

/** The state of each child looked after at each date (index into STATES). */
export async function statesAt(
  db: Db,
  laCode: string,
  dates: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const rows = await db.query<{ at: string; child_id: string; band: number; grp: number }>(
    `SELECT DISTINCT ON (d.at, e.child_id) d.at::text AS at, e.child_id,
            CASE WHEN a.age < 5 THEN 0 WHEN a.age < 10 THEN 1 WHEN a.age < 16 THEN 2 ELSE 3 END AS band,
            CASE WHEN e.placement_type LIKE 'U%' THEN 0 WHEN e.placement_type = ANY ($3::text[]) THEN 1 ELSE 2 END AS grp
       FROM unnest($2::date[]) AS d(at)
       JOIN cla_episode e ON e.la_code = $1 AND e.start_date <= d.at AND (e.end_date IS NULL OR e.end_date > d.at)
        AND e.legal_status NOT IN ('V3', 'V4')
       JOIN child c ON c.la_code = e.la_code AND c.id = e.child_id
       CROSS JOIN LATERAL (SELECT extract(year FROM age(d.at, c.date_of_birth))::int AS age) a
      ORDER BY d.at, e.child_id, e.start_date DESC`,
    [laCode, dates, RESIDENTIAL],
  );
  const byDate = new Map<string, Map<string, number>>(dates.map((d) => [d, new Map()]));
  for (const r of rows) byDate.get(r.at)!.set(r.child_id, Number(r.band) * PLACEMENT_GROUPS.length + Number(r.grp));
  return byDate;
}

export interface StockFlowModel {
  /** P[from][to]; index N is leaving care. */
  transitions: number[][];
  /** Mean children entering each state per month. */
  entries: number[];
}

/**
 * Fits the model from consecutive month-end states. With `shrinkage` k > 0, each state's leaving rate is
 * pulled toward its age band's pooled leaving rate (empirical Bayes by exposure: the state's own rate
 * weighs n / (n + k), n its child-months), the rest of its row keeping its own proportions; a state
 * nobody was in then leaves at its band's rate instead of never.
 */
export function fitModel(
  snapshots: ReadonlyArray<ReadonlyMap<string, number>>,
  options: { shrinkage?: number } = {},
): StockFlowModel {
  const counts = Array.from({ length: N }, () => new Array<number>(N + 1).fill(0));
  const entries = new Array<number>(N).fill(0);
  for (let k = 0; k + 1 < snapshots.length; k++) {
    const [before, after] = [snapshots[k]!, snapshots[k + 1]!];
    for (const [child, s] of before) counts[s]![after.get(child) ?? N]! += 1;
    for (const [child, s] of after) if (!before.has(child)) entries[s]! += 1;
  }
  const months = Math.max(1, snapshots.length - 1);
  const k = options.shrinkage ?? 0;
  const width = PLACEMENT_GROUPS.length;
  const pooledLeaving = AGE_BANDS.map((_, b) => {
    const rows = counts.slice(b * width, (b + 1) * width);
    const exposure = rows.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    return exposure ? rows.reduce((a, row) => a + row[N]!, 0) / exposure : 0;
  });
  return {
    transitions: counts.map((row, s) => {
      const total = row.reduce((a, b) => a + b, 0);
      if (k <= 0 || total + k === 0)
        // A state nobody was in: whoever arrives stays (no evidence of moving on).
        return total ? row.map((n) => n / total) : row.map((_, t) => (t === s ? 1 : 0));
      const leaving = (row[N]! + k * pooledLeaving[Math.floor(s / width)]!) / (total + k);
      const staying = total - row[N]!;
      return row.map((n, t) => (t === N ? leaving : (1 - leaving) * (staying ? n / staying : t === s ? 1 : 0)));
    }),
    entries: entries.map((n) => n / months),
  };
}

export function stockOf(states: ReadonlyMap<string, number>): number[] {
  const stock = new Array<number>(N).fill(0);
  for (const s of states.values()) stock[s]! += 1;
  return stock;
}

/** The expected stock month by month. */
export function project(model: StockFlowModel, stock: readonly number[], months: number): number[][] {
  const out: number[][] = [];
  let current = [...stock];
  for (let t = 0; t < months; t++) {
    const next = [...model.entries];
    current.forEach((n, s) => model.transitions[s]!.forEach((p, to) => to < N && (next[to]! += n * p)));
    out.push((current = next));
  }
  return out;
}

/** mulberry32: a small seeded generator, so the band is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k += 1;
  return k;
}

/** 5th and 95th percentiles of the total looked after each month over simulated futures. */
export function simulateBand(
  model: StockFlowModel,
  stock: readonly number[],
  months: number,
  runs = 200,
  seed = 14,
): Array<{ low: number; high: number }> {
  const random = generator(seed);
  const cumulative = model.transitions.map((row) => row.map((_, i) => row.slice(0, i + 1).reduce((a, b) => a + b, 0)));
  const totals: number[][] = Array.from({ length: months }, () => []);
  for (let run = 0; run < runs; run++) {
    let current = stock.map((n) => Math.round(n));
    for (let t = 0; t < months; t++) {
      const next = model.entries.map((mean) => poisson(mean, random));
      current.forEach((n, s) => {
        for (let i = 0; i < n; i++) {
          const u = random();
          const to = cumulative[s]!.findIndex((c) => u < c);
          if (to >= 0 && to < N) next[to]! += 1;
        }
      });
      current = next;
      totals[t]!.push(next.reduce((a, b) => a + b, 0));
    }
  }
  return totals.map((list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { low: sorted[Math.floor(runs * 0.05)]!, high: sorted[Math.ceil(runs * 0.95) - 1]! };
  });
}

/** The month-ends ending at the origin over which the model is fitted (`months` monthly moves). */
export function fittingDates(origin: string, months = FIT_MONTHS): string[] {
  return Array.from({ length: months + 1 }, (_, k) => monthEndOf(addMonths(origin, k - months)));
}

/** Months of history the model is fitted on by default (the backtest in docs/BENCHMARKS.md compares 12 and 24). */
export const FIT_MONTHS = 12;

export interface DemandForecast {
  laCode: string;
  at: string;
  /** Looked after at the origin, by state. */
  now: { total: number; byAgeBand: Record<string, number>; byPlacement: Record<string, number> };
  model: { entriesPerMonth: number; leavingPerMonth: number };
  /**
   * How the forecast was made (forecast.ts): the shrinkage of leaving rates, and the weights on the
   * model's change in the total and in the mix learnt from `origins` earlier origins.
   */
  method?: { fitMonths: number; shrinkage: number; weights: { total: number; mix: number; origins: number } };
  months: Array<{
    at: string;
    total: number;
    /** The stock-flow model's own total, before anchoring and combination. */
    modelTotal?: number;
    low: number;
    high: number;
    byAgeBand: Record<string, number>;
    byPlacement: Record<string, number>;
  }>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function summarise(stock: readonly number[]) {
  const byAgeBand = Object.fromEntries(
    AGE_BANDS.map((band, b) => [
      band,
      round1(PLACEMENT_GROUPS.reduce((sum, _, g) => sum + stock[b * PLACEMENT_GROUPS.length + g]!, 0)),
    ]),
  );
  const byPlacement = Object.fromEntries(
    PLACEMENT_GROUPS.map((group, g) => [
      group,
      round1(AGE_BANDS.reduce((sum, _, b) => sum + stock[b * PLACEMENT_GROUPS.length + g]!, 0)),
    ]),
  );
  return { total: round1(stock.reduce((a, b) => a + b, 0)), byAgeBand, byPlacement };
}

export async function demandForecast(
  db: Db,
  request: { laCode: string; at: string; months?: number; fitMonths?: number },
): Promise<DemandForecast> {
  const months = request.months ?? 24;
  const settings = { fitMonths: request.fitMonths ?? FIT_MONTHS };
  const dates = datesNeeded(request.at, settings);
  const history = await db.transaction((tx) => statesAt(tx, request.laCode, dates));
  const f = combinedForecast(history, request.at, months, settings);
  const band = shiftBand(simulateBand(f.fitted, f.stock, months), f.raw, f.path);
  const leaving = f.stock.reduce((sum, n, s) => sum + n * f.fitted.transitions[s]![N]!, 0);
  return {
    laCode: request.laCode,
    at: request.at,
    now: summarise(f.stock),
    model: { entriesPerMonth: round1(f.fitted.entries.reduce((a, b) => a + b, 0)), leavingPerMonth: round1(leaving) },
    method: { fitMonths: settings.fitMonths, shrinkage: SHRINKAGE, weights: f.weights },
    months: f.path.map((s, t) => ({
      at: monthEndOf(addMonths(request.at, t + 1)),
      ...summarise(s),
      modelTotal: round1(f.raw[t]!.reduce((a, b) => a + b, 0)),
      low: band[t]!.low,
      high: band[t]!.high,
    })),
  };
}
