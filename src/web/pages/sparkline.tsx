/**
 * Small trend charts as inline SVG (no script, no inline style: the CSP allows neither). Each carries a
 * text alternative naming every point, so a screen reader hears what the line shows (WCAG 1.1.1).
 */
import type { FC } from 'hono/jsx';
import type { TrendPoint } from '../../framework/model.ts';
import { formatDate } from './format.ts';

/**
 * The words a chart stands for: every point with its value, and "c" for one suppressed in a public
 * edition (`withheldAt`), so the text alternative says no more and no less than the chart.
 */
export function describeTrend(
  points: readonly TrendPoint[],
  format: (value: number) => string,
  withheldAt: readonly string[] = [],
): string {
  const told = points.filter((point) => point.value !== null || withheldAt.includes(point.at));
  if (told.length === 0) return 'No trend: no values in the period.';
  const text = (point: TrendPoint) => (point.value === null ? 'c' : format(point.value));
  return `Trend: ${told.map((point) => `${formatDate(point.at)} ${text(point)}`).join(', ')}.`;
}

/** The points as SVG coordinates in a width x height box (a gap where a value is missing). */
export function linePaths(points: readonly TrendPoint[], width: number, height: number, pad = 2): string[] {
  const values = points.map((point) => point.value).filter((value): value is number => value !== null);
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const paths: string[] = [];
  let current: string[] = [];
  points.forEach((point, i) => {
    if (point.value === null) {
      if (current.length) paths.push(current.join(' '));
      current = [];
      return;
    }
    const x = pad + i * step;
    const y = height - pad - ((point.value - min) / span) * (height - 2 * pad);
    current.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (current.length) paths.push(current.join(' '));
  return paths;
}

export const Sparkline: FC<{ points: TrendPoint[]; label: string; width?: number; height?: number }> = ({
  points,
  label,
  width = 120,
  height = 30,
}) => {
  const paths = linePaths(points, width, height);
  if (paths.length === 0) return <span class="govuk-body-s">No trend</span>;
  return (
    <svg
      class="kestrel-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {paths.map((path) =>
        path.includes(' ') ? (
          <polyline points={path} fill="none" stroke="#1d70b8" stroke-width="2" />
        ) : (
          <circle cx={path.split(',')[0]} cy={path.split(',')[1]} r="2" fill="#1d70b8" />
        ),
      )}
    </svg>
  );
};
