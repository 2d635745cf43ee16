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
import { AGE_BANDS, FIT_MONTHS, N, PLACEMENT_GROUPS, RESIDENTIAL, simulateBand } from './stock-flow.ts';

export {
  AGE_BANDS,
  FIT_MONTHS,
  fitModel,
  fittingDates,
  groupOfPlacementType,
  PLACEMENT_GROUPS,
  project,
  simulateBand,
  STATES,
  stockOf,
  type StockFlowModel,
} from './stock-flow.ts';

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
