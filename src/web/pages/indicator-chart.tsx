/**
 * An indicator's trend chart: the value month by month against the target, with the latest published
 * England, region and statistical-neighbour figures as level lines (the DfE publishes them once a year),
 * each line told apart by its dash pattern as well as its colour (WCAG 1.4.1). Inline SVG (the CSP
 * allows no script or inline style) with a text alternative naming every point, and the numbers in a
 * table under it (WCAG 1.1.1).
 */
import type { FC } from 'hono/jsx';
import type { Benchmarks, TrendPoint } from '../../framework/model.ts';
import { benchmarkUnit, formatValue } from './dashboard.tsx';
import type { ShownRow } from './dashboard-data.ts';
import { formatDate } from './format.ts';
import { describeTrend } from './sparkline.tsx';

export interface ChartBox {
  width: number;
  height: number;
  /** Room left of the plot for the scale's labels, and below it for the dates. */
  left: number;
  bottom: number;
  pad: number;
}

const BOX: ChartBox = { width: 640, height: 240, left: 70, bottom: 28, pad: 10 };

interface Line {
  key: string;
  label: string;
  stroke: string;
  dash: string | undefined;
  width: number;
}

const VALUE: Line = { key: 'value', label: 'The measure', stroke: '#1d70b8', dash: undefined, width: 3 };
const TARGET: Line = { key: 'target', label: 'Target', stroke: '#505a5f', dash: '8 4', width: 2 };
const LEVELS: Line[] = [
  { key: 'england', label: 'England', stroke: '#0b0c0c', dash: '2 4', width: 2 },
  { key: 'region', label: 'Region', stroke: '#d4351c', dash: '12 4 2 4', width: 2 },
  { key: 'neighbours', label: 'Statistical neighbours', stroke: '#4c2c92', dash: '16 6', width: 2 },
];

/** The published figures drawn as level lines, when they are in the measure's own unit. */
export function levelLines(row: ShownRow): Array<{ line: Line; value: number; label: string }> {
  const b: Benchmarks | null = row.benchmarks;
  if (!b || benchmarkUnit(row.unit) !== row.unit) return [];
  const values = [b.england, b.region?.value ?? null, b.statisticalNeighbours];
  const labels = ['England', b.region?.name ?? 'Region', 'Statistical neighbours'];
  return LEVELS.flatMap((line, i) =>
    values[i] === null || values[i] === undefined ? [] : [{ line, value: values[i]!, label: `${labels[i]} ${b.year}` }],
  );
}

/** The y of a value in the box, on a scale from min to max (the plot's top and bottom). */
function scaleY(value: number, min: number, span: number, box: ChartBox): number {
  return box.height - box.bottom - ((value - min) / span) * (box.height - box.bottom - 2 * box.pad);
}

/** The points of one series as polyline runs (a gap where a value is missing). */
export function chartRuns(
  values: readonly (number | null)[],
  scale: { min: number; span: number },
  box: ChartBox = BOX,
): string[] {
  const step = values.length > 1 ? (box.width - box.left - 2 * box.pad) / (values.length - 1) : 0;
  const runs: string[][] = [[]];
  values.forEach((value, i) => {
    if (value === null) return void runs.push([]);
    const x = box.left + box.pad + i * step;
    runs[runs.length - 1]!.push(`${x.toFixed(1)},${scaleY(value, scale.min, scale.span, box).toFixed(1)}`);
  });
  return runs.filter((run) => run.length > 1).map((run) => run.join(' '));
}

const Stroke: FC<{ line: Line; points: string }> = ({ line, points }) => (
  <polyline
    points={points}
    fill="none"
    stroke={line.stroke}
    stroke-width={String(line.width)}
    stroke-dasharray={line.dash}
  />
);

/** What the chart shows in words: the trend, the target, and the level lines. */
export function chartLabel(row: ShownRow): string {
  const format = (value: number) => formatValue(value, row.unit);
  const target = row.target === null ? '' : ` Target ${format(row.target)}.`;
  const levels = levelLines(row)
    .map((level) => `${level.label} ${format(level.value)}`)
    .join('; ');
  return `${describeTrend(row.trend, format, row.withheldAt)}${target}${levels ? ` ${levels}.` : ''}`;
}

export const TrendChart: FC<{ row: ShownRow }> = ({ row }) => {
  const box = BOX;
  const points: readonly TrendPoint[] = row.trend;
  const levels = levelLines(row);
  const all = [
    ...points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null),
    ...levels.map((level) => level.value),
  ];
  if (all.length === 0) return null;
  const min = Math.min(0, ...all);
  const max = Math.max(...all);
  const scale = { min, span: max - min || 1 };
  const format = (value: number) => formatValue(value, row.unit);
  const lastX = box.width - box.pad;
  return (
    <figure class="govuk-!-margin-0 govuk-!-margin-bottom-4">
      <svg
        class="kestrel-chart"
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-label={chartLabel(row)}
        width="100%"
        data-testid="trend-chart"
      >
        <title>{chartLabel(row)}</title>
        <rect
          x={String(box.left)}
          y="0"
          width={String(box.width - box.left)}
          height={String(box.height - box.bottom)}
          fill="#f3f2f1"
        />
        {[max, min].map((value) => (
          <text
            x={String(box.left - 6)}
            y={String(scaleY(value, min, scale.span, box) + 5)}
            text-anchor="end"
            font-size="14"
            fill="#0b0c0c"
          >
            {format(value)}
          </text>
        ))}
        {points.length > 0 ? (
          <>
            <text
              x={String(box.left + box.pad)}
              y={String(box.height - 6)}
              font-size="14"
              font-family="arial, sans-serif"
              fill="#0b0c0c"
            >
              {formatDate(points[0]!.at)}
            </text>
            <text
              x={String(lastX)}
              y={String(box.height - 6)}
              text-anchor="end"
              font-size="14"
              font-family="arial, sans-serif"
              fill="#0b0c0c"
            >
              {formatDate(points.at(-1)!.at)}
            </text>
          </>
        ) : null}
        {levels.map((level) => {
          const y = scaleY(level.value, min, scale.span, box).toFixed(1);
          return <Stroke line={level.line} points={`${box.left + box.pad},${y} ${lastX},${y}`} />;
        })}
        {chartRuns(
          points.map((p) => p.target),
          scale,
        ).map((run) => (
          <Stroke line={TARGET} points={run} />
        ))}
        {chartRuns(
          points.map((p) => p.value),
          scale,
        ).map((run) => (
          <Stroke line={VALUE} points={run} />
        ))}
      </svg>
      <figcaption>
        <ul class="govuk-list kestrel-legend" data-testid="legend">
          {[
            { line: VALUE, label: VALUE.label },
            { line: TARGET, label: TARGET.label },
            ...levels.map((level) => ({ line: level.line, label: `${level.label}: ${format(level.value)}` })),
          ].map((item) => (
            <li>
              <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" focusable="false">
                <Stroke line={item.line} points="0,6 40,6" />
              </svg>{' '}
              {item.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
};

/**
 * The trend's numbers: the chart's table (hidden points as c), in a GOV.UK details element so two
 * years of months do not push the rest of the page down; it opens without JavaScript.
 */
export const TrendTable: FC<{ row: ShownRow }> = ({ row }) => (
  <details class="govuk-details">
    <summary class="govuk-details__summary">
      <span class="govuk-details__summary-text">The chart's numbers, month by month</span>
    </summary>
    <div class="govuk-details__text">
      <TrendNumbers row={row} />
    </div>
  </details>
);

const TrendNumbers: FC<{ row: ShownRow }> = ({ row }) => (
  <table class="govuk-table govuk-!-margin-bottom-0" data-testid="trend">
    <caption class="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">The trend's numbers</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">
          Month ending
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Value
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Target
        </th>
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {row.trend.map((point) => (
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{formatDate(point.at)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {row.withheldAt.includes(point.at) ? 'c' : formatValue(point.value, row.unit)}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(point.target, row.unit)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);
