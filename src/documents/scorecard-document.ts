/**
 * The scorecard (seed 001, Appendix B): one table per section, one row per measure with unit, last
 * year's outturn, current target, current performance, last available result, frequency, direction of
 * travel, RAG, status and a trend sparkline; under it the underlying data, comments and actions. The
 * public edition prints the numerator and denominator as figures (so they can be suppressed) instead of
 * the underlying words, and leaves out commentary, which is written for officers.
 */
import type { Scorecard, ScorecardRow } from '../framework/model.ts';
import { sparkline } from './charts.ts';
import { buildDisclosed, type DisclosureOptions } from './disclose.ts';
import type { Cell, Relation, ReportDocument, ReportSection } from './document.ts';
import {
  directionArrow,
  directionLabel,
  financialYearShort,
  formatValue,
  frequencyLabel,
  longDate,
  monthYear,
  ragLabel,
  statusLabel,
  unitLabel,
} from './format.ts';
import { commentaryLines, documentHeading } from './narrative.ts';
import {
  currentCell,
  denominatorCell,
  numeratorCell,
  outturnCell,
  rowKey,
  rowRelation,
  trendPoints,
  type Disclosure,
} from './row-figures.ts';
import { financialYearOf } from '../calendar/periods.ts';

export function scorecardDocument(scorecard: Scorecard, options: DisclosureOptions): ReportDocument {
  return buildDisclosed((disclosure) => assemble(scorecard, disclosure), options);
}

/** The column headings, as seed 001 prints them. */
export function scorecardHead(scorecard: Scorecard, marking: 'public' | 'internal'): string[] {
  const lastYear = financialYearShort(financialYearOf(scorecard.at) - 1);
  const figures = marking === 'public' ? ['Number', 'Out of'] : [];
  return [
    'No.',
    'Measure',
    'Unit',
    `${lastYear} Performance`,
    'Current Target',
    'Current Performance',
    ...figures,
    'Last Available Result',
    'Frequency',
    'Direction of Travel',
    'RAG',
    'Status',
    'Trend',
  ];
}

function assemble(scorecard: Scorecard, disclosure: Disclosure): ReportDocument {
  const head = scorecardHead(scorecard, disclosure.marking);
  let number = 0;
  const sections: ReportSection[] = scorecard.sections.map((section) => {
    const rows: Cell[][] = [];
    const relations: Relation[] = [];
    for (const row of section.rows) {
      number += 1;
      rows.push(measureRow(number, row, disclosure));
      if (disclosure.marking === 'public') relations.push(rowRelation(row));
      else {
        const notes = notesText(row);
        if (notes) rows.push([{ text: '' }, { text: notes, span: head.length - 1, prose: true }]);
      }
    }
    return {
      title: section.title,
      blocks: [
        {
          kind: 'table',
          caption: `${section.title}: position as at ${longDate(scorecard.at)}`,
          head: [head.map((text) => ({ text }))],
          rows,
          relations,
          widths:
            disclosure.marking === 'public'
              ? [3, 21, 6, 8, 6, 8, 6, 6, 7, 7, 8, 6, 6, 9]
              : [3, 25, 6, 8, 7, 8, 7, 7, 8, 6, 6, 10],
        },
      ],
    };
  });
  const heading = documentHeading(scorecard, disclosure.marking);
  return {
    kind: 'scorecard',
    title: `${scorecard.framework.name}: position as at ${longDate(scorecard.at)}`,
    subtitle: heading,
    council: scorecard.council.name,
    asAt: longDate(scorecard.at),
    producedAt: scorecard.producedAt,
    marking: disclosure.marking,
    landscape: true,
    sections: [...sections, trendAppendix(scorecard, disclosure)],
    footnotes: [
      `Framework: ${scorecard.framework.name}, version ${scorecard.framework.version}, in force from ${longDate(scorecard.framework.effectiveFrom)}.`,
      'Direction of travel compares the current performance with the previous period, judged by whether higher or lower is better.',
    ],
  };
}

function measureRow(number: number, row: ScorecardRow, disclosure: Disclosure): Cell[] {
  const points = trendPoints(row, disclosure);
  const line = sparkline(points, row.target, row.unit);
  const figures = disclosure.marking === 'public' ? [numeratorCell(row), denominatorCell(row)] : [];
  const current = currentCell(row);
  if (row.current === null) current.text = row.status === 'missing' ? 'Missing' : 'No value';
  return [
    { text: String(number) },
    { text: row.title, prose: true, strong: true },
    { text: unitLabel(row.unit) },
    outturnCell(row),
    { text: formatValue(row.target, row.unit), value: row.target, unit: row.unit },
    current,
    ...figures,
    { text: monthYear(row.lastAvailable) },
    { text: frequencyLabel(row.frequency) },
    { text: `${directionArrow(row.direction.previous)} ${directionLabel(row.direction.previous)}`.trim() },
    // The RAG tells where the current value lies, so it is hidden with it (same key).
    { text: ragLabel(row.rag), rag: row.rag, key: current.key },
    { text: statusLabel(row.status) },
    { text: line.alt, svg: line.svg || undefined },
  ];
}

/** "Underlying data: ... COMMENTS: ... ACTIONS: ..." under a measure, as seed 001 prints it. */
export function notesText(row: ScorecardRow): string {
  const parts: string[] = [];
  if (row.underlying) parts.push(`Underlying data: ${row.underlying}`);
  if (row.bands) parts.push(`Bands: ${row.bands}.`);
  if (row.note) parts.push(`Note: ${row.note}`);
  parts.push(...commentaryLines(row));
  return parts.join('\n');
}

/** Periods the appendix shows: the last twelve trend dates of the framework, oldest first. */
const APPENDIX_POINTS = 12;

/**
 * The figures behind the sparklines, as a table (the sparklines' text alternative, and numbers a
 * spreadsheet can chart): one row per measure, one column per period, disclosed as the sparklines are.
 */
function trendAppendix(scorecard: Scorecard, disclosure: Disclosure): ReportSection {
  const rows = scorecard.sections.flatMap((section) => section.rows);
  const dates = [...new Set(rows.flatMap((row) => row.trend.map((point) => point.at)))].sort().slice(-APPENDIX_POINTS);
  return {
    title: 'Appendix: trend data',
    blocks: [
      {
        kind: 'table',
        caption: `Each measure at the end of each period, ${monthYear(dates[0] ?? null)} to ${monthYear(dates.at(-1) ?? null)}`,
        head: [[{ text: 'Measure' }, ...dates.map((at) => ({ text: monthYear(at) }))]],
        widths: [28, ...dates.map(() => 6)],
        rows: rows.map((row): Cell[] => {
          const points = new Map(trendPoints(row, disclosure).map((point) => [point.at, point]));
          return [
            { text: row.title, prose: true },
            ...dates.map((at): Cell => {
              const point = points.get(at);
              // Keyed, so the recovery test (suppression.test.ts) tries to work hidden points back too.
              const key = `${rowKey(row)}:trend:${at}`;
              if (point?.suppressed) return { text: 'c', suppressed: true, key };
              const value = point?.value ?? null;
              return { text: value === null ? '-' : formatValue(value, row.unit), value, unit: row.unit, key };
            }),
          ];
        }),
      },
    ],
  };
}
