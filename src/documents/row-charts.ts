/**
 * The chart of one measure that the committee and benchmarking reports share: its trend against its
 * target and the published England and statistical-neighbour figures, drawn from the disclosed trend.
 */
import type { ScorecardRow } from '../framework/model.ts';
import { trendChart } from './charts.ts';
import type { Block } from './document.ts';
import { trendPoints, type Disclosure } from './row-figures.ts';

/** Trend against target, England and statistical neighbours. */
export function chartOf(row: ScorecardRow, disclosure: Disclosure): Block {
  const b = row.benchmarks;
  const sameUnit = row.unit !== 'count';
  const chart = trendChart(`${row.title}: trend against target`, trendPoints(row, disclosure), row.unit, [
    { label: 'Target', value: row.target, colour: '#505a5f' },
    { label: 'England', value: sameUnit ? (b?.england ?? null) : null, colour: '#d4351c' },
    { label: 'Stat. neighbours', value: sameUnit ? (b?.statisticalNeighbours ?? null) : null, colour: '#00703c' },
  ]);
  return { kind: 'chart', title: `${row.title}: trend against target`, svg: chart.svg, alt: chart.alt };
}
