/**
 * The demand forecast page: children looked after month by month ahead, drawn as an SVG line with its
 * 5th-95th percentile band (no script, no inline style), the same figures as a table by age band and
 * placement group (the chart's text alternative, WCAG 1.1.1), and the backtest beside the naive forecast.
 */
import type { FC } from 'hono/jsx';
import type { BacktestResult } from '../../practice/money/backtest.ts';
import { AGE_BANDS, PLACEMENT_GROUPS, type DemandForecast } from '../../practice/money/demand.ts';
import { formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';

const W = 600;
const H = 240;
const PAD = { left: 44, right: 10, top: 10, bottom: 28 };

/** The chart's geometry: the band as one polygon, the forecast as a polyline, and the y axis ticks. */
export function demandChart(forecast: DemandForecast) {
  const points = [
    { at: forecast.at, total: forecast.now.total, low: forecast.now.total, high: forecast.now.total },
    ...forecast.months,
  ];
  // An even whole number at or above the highest point, so the middle tick is a whole child too.
  const top = Math.max(2, Math.ceil(Math.max(...points.map((p) => p.high)) / 2) * 2);
  const step = (W - PAD.left - PAD.right) / Math.max(1, points.length - 1);
  const x = (i: number) => PAD.left + i * step;
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const xy = (i: number, v: number) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  return {
    band: [...points.map((p, i) => xy(i, p.high)), ...points.map((p, i) => xy(i, p.low)).reverse()].join(' '),
    line: points.map((p, i) => xy(i, p.total)).join(' '),
    ticks: [0, top / 2, top].map((v) => ({ y: y(v), label: formatNumber(Math.round(v)) })),
    labels: [0, points.length - 1].map((i) => ({ x: x(i), text: formatDate(points[i]!.at) })),
  };
}

const Chart: FC<{ forecast: DemandForecast }> = ({ forecast }) => {
  const chart = demandChart(forecast);
  const last = forecast.months.at(-1);
  const label = last
    ? `Children looked after: ${forecast.now.total} on ${formatDate(forecast.at)}, forecast ${last.total} by ${formatDate(last.at)} (between ${last.low} and ${last.high} in 90% of simulations). The table below gives every month.`
    : 'No forecast.';
  return (
    <svg class="kestrel-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="demand-chart">
      <title>{label}</title>
      <polygon points={chart.band} fill="#b1b4b6" fill-opacity="0.5" stroke="none" />
      <polyline points={chart.line} fill="none" stroke="#1d70b8" stroke-width="3" />
      {chart.ticks.map((t) => (
        <>
          <line x1={PAD.left} x2={W - PAD.right} y1={t.y} y2={t.y} stroke="#b1b4b6" stroke-width="1" />
          <text x={PAD.left - 6} y={t.y + 4} text-anchor="end" font-size="14" font-family="sans-serif" fill="#0b0c0c">
            {t.label}
          </text>
        </>
      ))}
      {chart.labels.map((l, i) => (
        <text
          x={l.x}
          y={H - 8}
          text-anchor={i ? 'end' : 'start'}
          font-size="14"
          font-family="sans-serif"
          fill="#0b0c0c"
        >
          {l.text}
        </text>
      ))}
    </svg>
  );
};

const Num: FC<{ children?: unknown }> = ({ children }) => (
  <td class="govuk-table__cell govuk-table__cell--numeric">{children as never}</td>
);

export const DemandPage: FC<{
  forecast: DemandForecast;
  backtest: BacktestResult | string;
  signedIn: SignedIn;
}> = ({ forecast, backtest, signedIn }) => (
  <Layout title="Demand forecast" signedIn={signedIn} section="quality">
    <span class="govuk-caption-l">From {formatDate(forecast.at)}</span>
    <h1 class="govuk-heading-xl">Demand forecast: children looked after</h1>
    <p class="govuk-body" data-testid="demand-headline">
      {formatNumber(forecast.now.total)} children looked after now. Over the last 12 months{' '}
      {formatNumber(forecast.model.entriesPerMonth)} came into care and {formatNumber(forecast.model.leavingPerMonth)}{' '}
      left a month on average; the forecast applies those rates (a stock-flow model) month by month. The shaded band
      holds 90% of 200 simulated futures.
    </p>
    <Chart forecast={forecast} />
    <div class="kestrel-table-scroll">
      <table class="govuk-table" data-testid="demand-table">
        <caption class="govuk-table__caption govuk-table__caption--m">
          Forecast by month, age band and placement
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Month end
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Total
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Band
            </th>
            {AGE_BANDS.map((b) => (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Aged {b}
              </th>
            ))}
            {PLACEMENT_GROUPS.map((g) => (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {g}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {forecast.months.map((m) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                <span class="kestrel-nowrap">{formatDate(m.at)}</span>
              </th>
              <Num>{formatNumber(m.total)}</Num>
              <Num>
                <span class="kestrel-nowrap">{`${m.low} to ${m.high}`}</span>
              </Num>
              {AGE_BANDS.map((b) => (
                <Num>{formatNumber(m.byAgeBand[b])}</Num>
              ))}
              {PLACEMENT_GROUPS.map((g) => (
                <Num>{formatNumber(m.byPlacement[g])}</Num>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <h2 class="govuk-heading-l">How well the model forecasts</h2>
    {typeof backtest === 'string' ? (
      <p class="govuk-body" data-testid="backtest">
        No backtest: {backtest}
      </p>
    ) : (
      <>
        <p class="govuk-body">
          Forecasts made at each of {backtest.origins.length} month-ends from {formatDate(backtest.origins[0])} to{' '}
          {formatDate(backtest.origins.at(-1))}, each from the 12 months before it alone, compared with the children
          actually looked after 6 and 12 months later; beside them the naive forecast (the number at the time carried
          forward). Lower error is better.
        </p>
        <table class="govuk-table" data-testid="backtest">
          <caption class="govuk-table__caption govuk-table__caption--m">Mean absolute percentage error</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Ahead
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Model: total
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Naive: total
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Model: by age and placement
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Naive: by age and placement
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {backtest.horizons.map((h) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {h.months} months
                </th>
                <Num>{h.model.totalMape}%</Num>
                <Num>{h.naive.totalMape}%</Num>
                <Num>{h.model.stateWape}%</Num>
                <Num>{h.naive.stateWape}%</Num>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )}
  </Layout>
);
