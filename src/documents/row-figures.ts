/**
 * The figures of one scorecard row as document cells: each carries a key naming the figure (so the same
 * figure in two tables is suppressed in both), whether it counts children, and the count a percentage
 * or mean is taken over. Also the trend as chart points with the same disclosure applied.
 */
import type { ScorecardRow, TrendPoint } from '../framework/model.ts';
import type { Cell, Relation } from './document.ts';
import type { ChartPoint } from './charts.ts';
import { formatNumber, formatValue } from './format.ts';
import { isSmall } from './suppression.ts';

/** What a builder needs to know to disclose: the marking, the threshold, and keys already hidden. */
export interface Disclosure {
  marking: 'public' | 'internal';
  threshold: number;
  hidden: ReadonlySet<string>;
}

export const INTERNAL: Disclosure = { marking: 'internal', threshold: 5, hidden: new Set() };

/** "care-leavers-eet[ages=19-21]": a row's identity in keys. */
export function rowKey(row: ScorecardRow): string {
  const params = Object.entries(row.params)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return params ? `${row.indicatorId}[${params}]` : row.indicatorId;
}

/** Units whose numerator counts children (so 1-4 is disclosive). Totals of days or weeks are not. */
function numeratorCounts(row: ScorecardRow): boolean {
  return ['percent', 'ratio', 'per-month', 'rate-per-10k', 'rate-per-100k', 'rate-per-1000', 'count'].includes(
    row.unit,
  );
}

/** Units whose denominator counts children (FTE, months and population do not). */
function denominatorCounts(row: ScorecardRow): boolean {
  return ['percent', 'days', 'weeks'].includes(row.unit);
}

/** The current value: a count is checked itself; a percentage or mean by the counts it is made of. */
export function currentCell(row: ScorecardRow): Cell {
  const key = `${rowKey(row)}:current`;
  const base: Cell = { text: formatValue(row.current, row.unit), value: row.current, unit: row.unit, key };
  if (row.unit === 'count') return { ...base, count: true };
  const smallest = [
    numeratorCounts(row) && row.unit === 'percent' ? row.numerator : null,
    denominatorCounts(row) ? row.denominator : null,
  ].filter((n): n is number => n !== null && n > 0);
  return { ...base, denominator: smallest.length > 0 ? Math.min(...smallest) : null };
}

export function numeratorCell(row: ScorecardRow): Cell {
  return {
    text: formatNumber(row.numerator),
    value: row.numerator,
    key: `${rowKey(row)}:numerator`,
    count: numeratorCounts(row),
  };
}

export function denominatorCell(row: ScorecardRow): Cell {
  return {
    text: formatNumber(row.denominator),
    value: row.denominator,
    key: `${rowKey(row)}:denominator`,
    count: denominatorCounts(row),
  };
}

/** Last year's outturn: a count is checked itself; for a percentage the model holds no denominator. */
export function outturnCell(row: ScorecardRow): Cell {
  return {
    text: formatValue(row.lastYearOutturn, row.unit),
    value: row.lastYearOutturn,
    unit: row.unit,
    key: `${rowKey(row)}:outturn`,
    count: row.unit === 'count',
  };
}

/** current = numerator / denominator × scale, when all three are printed. */
export function rowRelation(row: ScorecardRow): Relation {
  const key = rowKey(row);
  return {
    kind: 'ratio',
    value: `${key}:current`,
    numerator: `${key}:numerator`,
    denominator: `${key}:denominator`,
    scale: row.unit === 'percent' ? 100 : 1,
  };
}

/**
 * The trend with disclosure applied: in a public document a count of 1-4 is hidden, and the last point
 * (the current value) is hidden when the current value is. A percentage or mean is hidden at each point
 * taken over a small cohort, judged by that point's own counts; a point without counts (a model built
 * before the framework gave them) is judged by the current value's cohort, since cohorts change slowly.
 */
export function trendPoints(row: ScorecardRow, disclosure: Disclosure): ChartPoint[] {
  const currentHidden = disclosure.hidden.has(`${rowKey(row)}:current`);
  const currentCohortSmall = isSmall(currentCell(row).denominator, disclosure.threshold);
  return row.trend.map((point, i) => {
    const small =
      row.unit === 'count'
        ? isSmall(point.value, disclosure.threshold)
        : point.numerator === undefined && point.denominator === undefined
          ? currentCohortSmall
          : isSmall(pointCohort(row, point), disclosure.threshold);
    const last = i === row.trend.length - 1 && currentHidden;
    const suppressed = disclosure.marking === 'public' && point.value !== null && (small || last);
    return { at: point.at, value: suppressed ? null : point.value, suppressed };
  });
}

/** The smallest count a point's percentage or mean is made of, as `currentCell` judges the current value. */
function pointCohort(row: ScorecardRow, point: TrendPoint): number | null {
  const smallest = [
    numeratorCounts(row) && row.unit === 'percent' ? (point.numerator ?? null) : null,
    denominatorCounts(row) ? (point.denominator ?? null) : null,
  ].filter((n): n is number => n !== null && n > 0);
  return smallest.length > 0 ? Math.min(...smallest) : null;
}
