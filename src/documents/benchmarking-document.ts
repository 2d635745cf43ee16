/**
 * Benchmarking: this council against England, its region and its statistical neighbours for every
 * measure with a published counterpart, with rank and quartile; a summary table, then per measure a bar
 * chart of the latest published year and the council's trend against England and its neighbours. Public.
 */
import type { Scorecard } from '../framework/model.ts';
import { BENCHMARK_NOTE, benchmarkTable, benchmarkUnit, benchmarkedRows } from './benchmark-tables.ts';
import { benchmarkBars } from './charts.ts';
import { chartOf } from './row-charts.ts';
import { buildDisclosed } from './disclose.ts';
import type { Block, ReportDocument, ReportSection } from './document.ts';
import { formatValue, longDate, polarityLabel } from './format.ts';
import type { Disclosure } from './row-figures.ts';

export function benchmarkingDocument(
  scorecard: Scorecard,
  options: { threshold?: number | undefined } = {},
): ReportDocument {
  return buildDisclosed((disclosure) => assemble(scorecard, disclosure), {
    marking: 'public',
    threshold: options.threshold,
  });
}

function assemble(scorecard: Scorecard, disclosure: Disclosure): ReportDocument {
  const rows = scorecard.sections.flatMap((s) => s.rows);
  const benchmarked = benchmarkedRows(rows);
  let n = 0;
  const para = (text: string): Block => ({ kind: 'paragraph', number: `${++n}.`, text });
  const region = scorecard.council.region ?? 'its region';
  const summary = para(
    `This report compares ${scorecard.council.name} with England, ${region} and the average of its ten statistical neighbours on the ${benchmarked.length} measures of the performance framework that the Department for Education publishes. Rank 1 is the best of all councils, judged by whether higher or lower is better.`,
  );
  const measures: ReportSection[] = benchmarked.map((row) => {
    const b = row.benchmarks;
    const unit = benchmarkUnit(row);
    const bars = benchmarkBars(
      `${row.title}, ${b.year}`,
      [
        { label: 'This council', value: b.council, colour: '#1d70b8' },
        { label: 'Statistical neighbours', value: b.statisticalNeighbours, colour: '#00703c' },
        { label: b.region?.name ?? 'Region', value: b.region?.value ?? null, colour: '#f47738' },
        { label: 'England', value: b.england, colour: '#d4351c' },
      ],
      unit,
    );
    const rank =
      b.rank === null
        ? 'is not ranked'
        : `ranks ${b.rank} of ${b.of ?? '-'} councils, in the ${quartileWords(b.quartile)}`;
    return {
      title: row.title,
      blocks: [
        para(
          b.council === null && b.england === null && b.statisticalNeighbours === null
            ? `${polarityLabel(row.polarity)}. The DfE published no figure for ${b.year} for this council, England or its statistical neighbours. Source: ${b.source}.`
            : `${polarityLabel(row.polarity)}. In ${b.year} the council's figure was ${formatValue(b.council, unit) || 'not published'} against ${formatValue(b.england, unit) || 'not published'} for England and ${formatValue(b.statisticalNeighbours, unit) || 'not published'} for its statistical neighbours; it ${rank}. Source: ${b.source}.`,
        ),
        {
          kind: 'chart',
          title: `${row.title}, ${b.year}: this council and its comparators`,
          svg: bars.svg,
          alt: bars.alt,
        },
        chartOf(row, disclosure),
      ],
    };
  });
  return {
    kind: 'benchmarking',
    title: 'Benchmarking: how we compare',
    subtitle: `Children's Services · ${scorecard.council.name} against England, ${region} and its statistical neighbours · Public edition`,
    council: scorecard.council.name,
    asAt: longDate(scorecard.at),
    producedAt: scorecard.producedAt,
    marking: 'public',
    landscape: false,
    sections: [
      {
        title: 'Summary',
        blocks: [summary, benchmarkTable(rows, 'Latest published figures')],
      },
      ...measures,
    ],
    footnotes: [
      BENCHMARK_NOTE,
      "Published figures are from the Department for Education's statistical releases; the DfE suppresses its own small numbers.",
    ],
  };
}

function quartileWords(quartile: 1 | 2 | 3 | 4 | null): string {
  return quartile === null
    ? 'unpublished quartile'
    : ['top quartile', 'second quartile', 'third quartile', 'bottom quartile'][quartile - 1]!;
}
