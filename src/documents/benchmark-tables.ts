/**
 * Benchmark tables from the DfE's published figures: this council against its statistical neighbours,
 * its region and England, with rank and quartile (benchmarking and committee), and the two-year regional
 * table of seed 000's statement. Published figures are already public (the DfE suppresses its own), so
 * they carry no count flags here.
 */
import type { Benchmarks, ScorecardRow } from '../framework/model.ts';
import type { Cell, TableBlock } from './document.ts';
import { formatValue } from './format.ts';

/** The footnote every document with a benchmark table carries. */
export const BENCHMARK_NOTE =
  "SN: the average of the council's ten statistical neighbours (DfE groupings). H/L: whether a higher or a lower figure is better. Rank 1 is the best of all councils.";

/** Rows with a published counterpart, in framework order. */
export function benchmarkedRows(rows: readonly ScorecardRow[]): (ScorecardRow & { benchmarks: Benchmarks })[] {
  return rows.filter((row): row is ScorecardRow & { benchmarks: Benchmarks } => row.benchmarks !== null);
}

function figure(value: number | null | undefined, row: ScorecardRow, unit = benchmarkUnit(row)): Cell {
  return { text: value === null || value === undefined ? '-' : formatValue(value, unit), value: value ?? null, unit };
}

/** Published figures for a count are mostly rates per 10,000 children (DfE CLA, CIN tables). */
export function benchmarkUnit(row: ScorecardRow): ScorecardRow['unit'] {
  return row.unit === 'count' ? 'rate-per-10k' : row.unit;
}

export function betterLetter(row: ScorecardRow): string {
  return row.polarity === 'H' ? 'H' : row.polarity === 'L' ? 'L' : '-';
}

export function quartileText(quartile: 1 | 2 | 3 | 4 | null): string {
  return quartile === null ? '-' : `Q${quartile}${quartile === 1 ? ' (best)' : quartile === 4 ? ' (worst)' : ''}`;
}

export function benchmarkTable(rows: readonly ScorecardRow[], caption: string): TableBlock {
  const head = ['Measure', 'H/L', 'Year', 'Council', 'SN', 'Region', 'England', 'Rank', 'Quartile'];
  return {
    kind: 'table',
    caption,
    head: [head.map((text) => ({ text }))],
    widths: [30, 5, 9, 8, 8, 8, 8, 10, 9],
    rows: benchmarkedRows(rows).map((row) => {
      const b = row.benchmarks;
      return [
        { text: `${row.title}${row.unit === 'count' ? ' (rate per 10,000 children)' : ''}`, prose: true, strong: true },
        { text: betterLetter(row) },
        { text: b.year },
        figure(b.council, row),
        figure(b.statisticalNeighbours, row),
        figure(b.region?.value, row),
        figure(b.england, row),
        { text: b.rank === null ? '-' : `${b.rank} of ${b.of ?? '-'}`, value: b.rank },
        { text: quartileText(b.quartile) },
      ];
    }),
  };
}

/** Seed 000's regional benchmarking: two years side by side, with which way is better. */
export function twoYearTable(rows: readonly ScorecardRow[], caption: string): TableBlock {
  const withBoth = benchmarkedRows(rows);
  const years = withBoth[0]?.benchmarks;
  const before = years?.previous?.year ?? 'Previous year';
  const latest = years?.year ?? 'Latest year';
  const group = ['Council', 'SN', 'Region', 'England'];
  return {
    kind: 'table',
    caption,
    head: [
      [
        { text: 'Indicator', rows: 2 },
        { text: 'H/L', rows: 2 },
        { text: before, span: 4 },
        { text: latest, span: 4 },
      ],
      [...group.map((text) => ({ text })), ...group.map((text) => ({ text }))],
    ],
    widths: [28, 5, 7, 7, 8, 8, 7, 7, 8, 8],
    rows: withBoth.map((row) => {
      const b = row.benchmarks;
      const p = b.previous;
      return [
        { text: `${row.title}${row.unit === 'count' ? ' (rate per 10,000 children)' : ''}`, prose: true },
        { text: betterLetter(row) },
        figure(p?.council, row),
        figure(p?.statisticalNeighbours, row),
        figure(p?.region?.value, row),
        figure(p?.england, row),
        figure(b.council, row),
        figure(b.statisticalNeighbours, row),
        figure(b.region?.value, row),
        figure(b.england, row),
      ];
    }),
  };
}
