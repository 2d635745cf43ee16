/**
 * The stock-flow model of children looked after (the states, the fit, the projection and the simulated
 * band) as pure functions of month-end snapshots; demand.ts reads the snapshots from the store and
 * re-exports these, forecast.ts builds the forecast on them. Method: demand.ts's module comment.
 */
import { addMonths } from '../../calendar/dates.ts';
import { monthEndOf } from '../../calendar/periods.ts';

export const AGE_BANDS = ['0-4', '5-9', '10-15', '16-17'] as const;
export const PLACEMENT_GROUPS = ['foster', 'residential', 'other'] as const;
/** 903 placement types counted as residential: secure homes, children's homes, residential schools, YOI. */
export const RESIDENTIAL = ['K1', 'K2', 'R1', 'R2', 'R5', 'S1', 'C2'];
/** The placement group a 903 placement type falls in. */
export function groupOfPlacementType(type: string): (typeof PLACEMENT_GROUPS)[number] {
  return type.startsWith('U') ? 'foster' : RESIDENTIAL.includes(type) ? 'residential' : 'other';
}
export const STATES = AGE_BANDS.flatMap((band) => PLACEMENT_GROUPS.map((group) => `${band} ${group}`));
export const N = STATES.length;

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
