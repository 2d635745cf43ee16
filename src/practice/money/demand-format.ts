/** The demand forecast and its backtest as tables for people. */
import { alignColumns } from '../text-table.ts';
import type { BacktestResult } from './backtest.ts';
import { AGE_BANDS, PLACEMENT_GROUPS, type DemandForecast } from './demand.ts';

export function formatDemandTable(f: DemandForecast): string {
  return `${[
    `Children looked after: forecast from ${f.at} (council ${f.laCode}): ${f.now.total} now; ${f.model.entriesPerMonth} entering and ${f.model.leavingPerMonth} leaving a month over the last 12 months. Band: 5th to 95th percentile of 200 simulations.`,
    ...(f.method
      ? [
          `Forecast: the stock now plus ${f.method.weights.total} of the model's change in the total and ${f.method.weights.mix} of its change in the mix (weights learnt from ${f.method.weights.origins} earlier origins; leaving rates shrunk toward the age band's with ${f.method.shrinkage} child-months); the band moves with it.`,
        ]
      : []),
    '',
    alignColumns([
      ['month', 'total', 'band', ...AGE_BANDS, ...PLACEMENT_GROUPS],
      ...f.months.map((m) => [
        m.at,
        String(m.total),
        `${m.low}-${m.high}`,
        ...AGE_BANDS.map((b) => String(m.byAgeBand[b])),
        ...PLACEMENT_GROUPS.map((g) => String(m.byPlacement[g])),
      ]),
    ]),
  ].join('\n')}\n`;
}

export function formatBacktestTable(b: BacktestResult): string {
  return `${[
    `Demand forecast backtest (council ${b.laCode}): ${b.origins.length} origins ${b.origins[0]} to ${b.origins.at(-1)}, history from ${b.historyFrom}, model fitted on ${b.fitMonths} months before each origin.`,
    '',
    alignColumns([
      ['horizon', 'model total MAPE %', 'naive total MAPE %', 'model state WAPE %', 'naive state WAPE %'],
      ...b.horizons.map((h) => [
        `+${h.months} months`,
        String(h.model.totalMape),
        String(h.naive.totalMape),
        String(h.model.stateWape),
        String(h.naive.stateWape),
      ]),
    ]),
    ...b.horizons.flatMap((h) =>
      h.stockFlow && h.coverage !== undefined
        ? [
            `+${h.months} months: the stock-flow model alone (before anchoring and combination) total MAPE ${h.stockFlow.totalMape} %, state WAPE ${h.stockFlow.stateWape} %; actual total inside the 5-95% band at ${h.coverage} % of origins.`,
          ]
        : [],
    ),
  ].join('\n')}\n`;
}
