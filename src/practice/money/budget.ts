/**
 * The placement budget forecast per budget line for the financial year containing a date (seed 002
 * paragraph 46: "Based on the current number of placements (55), plus estimated growth, the projected
 * outturn is £7.711m ie an overspend of £2.418m"), computed as the budget-outturn indicator defines it:
 * spend to date (each placement's days in the year up to the date at its weekly cost), committed spend
 * (each placement open at the date at its weekly cost to the year end), expected growth (the line's, or
 * one given per line, e.g. from the demand forecast), projected outturn and variance (positive is an
 * overspend); and the same forecast as it stood at each month-end of the year so far, so the movement
 * month by month shows. A placement is open at the date when it started on or before it and has not
 * ended by it (what was known then); days are counted with the end day excluded, as the indicator does.
 * Lines without placement types (staffing) are projected at budget plus growth. Counts of placements
 * only: no child is named.
 */
import { formatIsoDate } from '../../calendar/dates.ts';
import { financialYearLabel, financialYearOf, monthEndOf } from '../../calendar/periods.ts';
import type { Db } from '../../store/db.ts';
import { councilOf, PracticeRequestError } from '../council.ts';

export interface LineForecast {
  line: string;
  budget: number;
  placementTypes: string[];
  openPlacements: number;
  spentToDate: number;
  committed: number;
  expectedGrowth: number;
  projectedOutturn: number;
  /** projected outturn - budget: positive is an overspend. */
  variance: number;
}

export interface BudgetForecast {
  laCode: string;
  at: string;
  financialYear: string;
  lines: LineForecast[];
  total: Omit<LineForecast, 'line' | 'placementTypes'>;
  /** The forecast at each month-end of the year up to the date (and the date itself). */
  movement: Array<{ at: string; lines: Array<{ line: string; projectedOutturn: number; variance: number }> }>;
}

interface Row {
  at: string;
  line: string;
  budget: string;
  expected_growth: string;
  placement_types: string[];
  open: number;
  spent: string;
  committed: string;
}

const pounds = (n: number) => Math.round(n);

/** The month-ends from the year's start up to the date, and the date. */
export function forecastDates(at: string): string[] {
  const fy = financialYearOf(at);
  const dates: string[] = [];
  for (let m = 0; m < 12; m++) {
    const end = monthEndOf(formatIsoDate(m < 9 ? fy : fy + 1, ((m + 3) % 12) + 1, 1));
    if (end >= at) break;
    dates.push(end);
  }
  return [...dates, at];
}

export async function budgetForecast(
  db: Db,
  request: { la?: string | undefined; at: string; growth?: Readonly<Record<string, number>> | undefined },
): Promise<BudgetForecast> {
  const fy = financialYearOf(request.at);
  const dates = forecastDates(request.at);
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const rows = await tx.query<Row>(
      `WITH d AS (SELECT unnest($3::date[]) AS at),
            l AS (SELECT * FROM budget_line WHERE la_code = $1 AND financial_year = $2),
            y AS (SELECT make_date($2, 4, 1) AS start, make_date($2 + 1, 4, 1) AS end_excl)
       SELECT d.at::text AS at, l.line, l.budget::text AS budget, l.expected_growth::text AS expected_growth,
              l.placement_types::text[] AS placement_types,
              count(p.id) FILTER (WHERE p.end_date IS NULL OR p.end_date > d.at)::int AS open,
              coalesce(sum(p.weekly_cost * (least(coalesce(CASE WHEN p.end_date <= d.at THEN p.end_date END, d.at + 1), y.end_excl)
                                            - greatest(p.start_date, y.start)) / 7.0), 0)::text AS spent,
              coalesce(sum(p.weekly_cost * (y.end_excl - (d.at + 1)) / 7.0)
                         FILTER (WHERE p.end_date IS NULL OR p.end_date > d.at), 0)::text AS committed
         FROM d CROSS JOIN l CROSS JOIN y
         LEFT JOIN placement p ON p.la_code = l.la_code AND p.placement_type = ANY (l.placement_types)
              AND (cardinality(l.placement_providers) = 0 OR p.provider = ANY (l.placement_providers))
              AND p.start_date <= d.at AND (p.end_date IS NULL OR p.end_date > y.start)
        GROUP BY d.at, l.line, l.budget, l.expected_growth, l.placement_types
        ORDER BY d.at, l.line`,
      [laCode, fy, dates],
    );
    if (rows.length === 0)
      throw new PracticeRequestError(`council ${laCode} has no budget lines for ${financialYearLabel(fy)}`);
    const forecast = (r: Row): LineForecast => {
      const budget = Number(r.budget);
      const growth = request.growth?.[r.line] ?? Number(r.expected_growth);
      const placed = r.placement_types.length > 0;
      const spent = placed ? Number(r.spent) : 0;
      const committed = placed ? Number(r.committed) : 0;
      const outturn = (placed ? spent + committed : budget) + growth;
      return {
        line: r.line,
        budget: pounds(budget),
        placementTypes: r.placement_types,
        openPlacements: placed ? r.open : 0,
        spentToDate: pounds(spent),
        committed: pounds(committed),
        expectedGrowth: pounds(growth),
        projectedOutturn: pounds(outturn),
        variance: pounds(outturn - budget),
      };
    };
    const lines = rows.filter((r) => r.at === request.at).map(forecast);
    const sum = (key: keyof Omit<LineForecast, 'line' | 'placementTypes'>) => lines.reduce((n, l) => n + l[key], 0);
    return {
      laCode,
      at: request.at,
      financialYear: financialYearLabel(fy),
      lines,
      total: {
        budget: sum('budget'),
        openPlacements: sum('openPlacements'),
        spentToDate: sum('spentToDate'),
        committed: sum('committed'),
        expectedGrowth: sum('expectedGrowth'),
        projectedOutturn: sum('projectedOutturn'),
        variance: sum('variance'),
      },
      movement: dates.map((at) => ({
        at,
        lines: rows
          .filter((r) => r.at === at)
          .map(forecast)
          .map(({ line, projectedOutturn, variance }) => ({ line, projectedOutturn, variance })),
      })),
    };
  });
}
