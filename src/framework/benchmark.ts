/**
 * A measure's benchmarks from the DfE's published tables for the latest collection year published by the
 * scorecard's date, and the year before: the council's published figure, England, its region, the mean
 * of its ten statistical neighbours' figures (those published), and its rank and quartile among all
 * councils, judged by polarity. Comparators the framework does not ask for are left null.
 */
import { financialYearLabel } from '../calendar/periods.ts';
import type { Polarity } from '../indicators/definition.ts';
import type { Benchmarks } from './model.ts';
import { COUNTERPARTS } from './counterparts.ts';
import {
  allCouncilFigures,
  latestYearPublishedBy,
  publishedFigure,
  publishedYears,
  statisticalNeighbours,
} from './published.ts';
import { rankAmong } from './rank.ts';
import type { COMPARATORS } from './schema.ts';

type Comparator = (typeof COMPARATORS)[number];

export interface BenchmarkArea {
  laCode: string;
  region: string | null;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function figuresFor(key: string, area: BenchmarkArea, year: number, polarity: Polarity, show: ReadonlySet<Comparator>) {
  const council = publishedFigure(key, area.laCode, year);
  const neighbours = statisticalNeighbours(area.laCode)
    .map((code) => publishedFigure(key, code, year))
    .filter((v): v is number => v !== null);
  const ranking = show.has('rank') ? rankAmong(council, [...allCouncilFigures(key, year).values()], polarity) : null;
  return {
    // The collection year ending 31 March `year` is the financial year that started the April before.
    year: financialYearLabel(year - 1),
    council,
    england: show.has('england') ? publishedFigure(key, 'england', year) : null,
    region:
      show.has('region') && area.region
        ? { name: area.region, value: publishedFigure(key, `region:${area.region}`, year) }
        : null,
    statisticalNeighbours:
      show.has('statistical-neighbours') && neighbours.length > 0
        ? round1(neighbours.reduce((a, b) => a + b, 0) / neighbours.length)
        : null,
    rank: ranking?.rank ?? null,
    of: ranking?.of ?? null,
    quartile: ranking?.quartile ?? null,
  };
}

/** The benchmarks of one counterpart (published.ts key); null when the DfE had published no year by `at`. */
export function benchmarksFor(
  key: string,
  area: BenchmarkArea,
  at: string,
  polarity: Polarity,
  comparators: readonly Comparator[] | undefined,
): Benchmarks | null {
  const counterpart = COUNTERPARTS[key];
  const year = latestYearPublishedBy(at, key);
  if (!counterpart || year === null) return null;
  const show = new Set<Comparator>(comparators ?? ['england', 'region', 'statistical-neighbours', 'rank']);
  const latest = figuresFor(key, area, year, polarity, show);
  const before = publishedYears(key).includes(year - 1) ? figuresFor(key, area, year - 1, polarity, show) : undefined;
  return { source: counterpart.source, ...latest, ...(before ? { previous: before } : {}) };
}
