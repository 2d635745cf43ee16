/**
 * The annual service statement (seed 000): key service facts and figures, the regional benchmarking
 * table (this council, its statistical neighbours, region and England, two years side by side, with
 * which way is better) and the performance framework with the outturn and the quarterly targets. Always
 * public, so always suppressed.
 */
import type { Scorecard, ScorecardRow } from '../framework/model.ts';
import { financialYearOf } from '../calendar/periods.ts';
import { BENCHMARK_NOTE, benchmarkedRows, twoYearTable } from './benchmark-tables.ts';
import { buildDisclosed } from './disclose.ts';
import type { Block, Cell, ReportDocument } from './document.ts';
import { financialYearShort, formatValue, longDate, unitLabel } from './format.ts';
import { currentCell, outturnCell, type Disclosure } from './row-figures.ts';
import { formatIsoDate } from '../calendar/dates.ts';

export interface StatementOptions {
  threshold?: number | undefined;
}

export function statementDocument(scorecard: Scorecard, options: StatementOptions = {}): ReportDocument {
  return buildDisclosed((disclosure) => assemble(scorecard, disclosure), {
    marking: 'public',
    threshold: options.threshold,
  });
}

const FACT_UNITS = new Set(['count', 'per-month', 'ratio', 'fte', 'rate-per-10k', 'rate-per-100k', 'rate-per-1000']);

function assemble(scorecard: Scorecard, _disclosure: Disclosure): ReportDocument {
  const rows = scorecard.sections.flatMap((s) => s.rows);
  const start = financialYearOf(scorecard.at);
  const year = financialYearShort(start);
  const lastYear = financialYearShort(start - 1);
  let n = 0;
  const para = (text: string): Block => ({ kind: 'paragraph', number: `${++n}.`, text });
  const facts = rows.filter((row) => FACT_UNITS.has(row.unit));
  const factTable: Block = {
    kind: 'table',
    caption: `Key facts at ${longDate(scorecard.at)}`,
    head: [['Measure', 'Unit', lastYear, 'Now'].map((text) => ({ text }))],
    widths: [50, 14, 12, 12],
    rows: facts.map((row): Cell[] => [
      { text: row.title, prose: true },
      { text: unitLabel(row.unit) },
      outturnCell(row),
      currentOrMissing(row),
    ]),
  };
  const benchmarked = benchmarkedRows(rows);
  const movement = benchmarked.map((row) => judge(row));
  return {
    kind: 'statement',
    title: `Service Statement ${year}`,
    subtitle: `Children's Social Care · ${scorecard.council.name} · Public edition`,
    council: scorecard.council.name,
    asAt: longDate(scorecard.at),
    producedAt: scorecard.producedAt,
    marking: 'public',
    landscape: false,
    sections: [
      {
        title: 'Key service facts and figures',
        blocks: [
          para(
            `Figures relate to the position at ${longDate(scorecard.at)} unless stated otherwise; last year's figures are at 31 March.`,
          ),
          factTable,
        ],
      },
      {
        title: 'Benchmarking',
        blocks: [
          para(
            `Children's Services compares its performance with its statistical neighbours, its region and England on the indicators the Department for Education publishes. On the latest published figures against the year before, performance improved on ${movement.filter((m) => m === 'improved').length} indicators, dipped on ${movement.filter((m) => m === 'dipped').length} and remained the same on ${movement.filter((m) => m === 'same').length}.`,
          ),
          twoYearTable(rows, 'Regional benchmarking analysis (H: higher is better; L: lower is better)'),
        ],
      },
      {
        title: 'Performance framework',
        blocks: [
          para(
            `The measures of the performance framework, with last year's outturn, the latest result and the targets for each quarter of ${year}.`,
          ),
          frameworkTable(scorecard, rows, start),
        ],
      },
    ],
    footnotes: [
      BENCHMARK_NOTE,
      `Quarterly targets are those in force at the end of each quarter of ${year}; "-" where none is set.`,
      'n/a: no result for the period (a measure entered by hand and not yet entered).',
    ],
  };
}

function currentOrMissing(row: ScorecardRow): Cell {
  const cell = currentCell(row);
  if (row.current === null) cell.text = 'n/a';
  return cell;
}

/** Better, worse or the same from the previous published year to the latest, by polarity. */
function judge(row: ScorecardRow): 'improved' | 'dipped' | 'same' | 'unknown' {
  const now = row.benchmarks?.council ?? null;
  const before = row.benchmarks?.previous?.council ?? null;
  if (now === null || before === null || row.polarity === 'N') return 'unknown';
  if (now === before) return 'same';
  return now > before === (row.polarity === 'H') ? 'improved' : 'dipped';
}

/** Seed 000's framework table: measure, England average, outturn, now, Q1-Q4 targets. */
function frameworkTable(scorecard: Scorecard, rows: readonly ScorecardRow[], start: number): Block {
  const quarterEnds = [
    formatIsoDate(start, 6, 30),
    formatIsoDate(start, 9, 30),
    formatIsoDate(start, 12, 31),
    formatIsoDate(start + 1, 3, 31),
  ];
  const inProgress = quarterEnds.find((end) => end >= scorecard.at);
  return {
    kind: 'table',
    caption: `Performance framework: targets ${financialYearShort(start)}`,
    head: [
      [
        { text: 'Measure', rows: 2 },
        { text: 'Eng Av', rows: 2 },
        { text: 'Outturn', span: 2 },
        { text: `Target ${financialYearShort(start)}`, span: 4 },
      ],
      [
        { text: financialYearShort(start - 1) },
        { text: 'Latest' },
        { text: 'Q1' },
        { text: 'Q2' },
        { text: 'Q3' },
        { text: 'Q4' },
      ],
    ],
    widths: [40, 8, 8, 8, 7, 7, 7, 7],
    rows: rows.map((row): Cell[] => [
      { text: row.title, prose: true },
      {
        text:
          row.unit !== 'count' && row.benchmarks?.england != null ? formatValue(row.benchmarks.england, row.unit) : '-',
        value: row.unit !== 'count' ? (row.benchmarks?.england ?? null) : null,
        unit: row.unit,
      },
      outturnCell(row),
      currentOrMissing(row),
      ...quarterEnds.map((end): Cell => {
        const target = quarterTarget(row, end, end === inProgress);
        return { text: target === null ? '-' : formatValue(target, row.unit), value: target, unit: row.unit };
      }),
    ]),
  };
}

/** The target on a quarter's last day from the trend; the current target for the quarter in progress. */
function quarterTarget(row: ScorecardRow, end: string, inProgress: boolean): number | null {
  const point = row.trend.find((p) => p.at === end);
  if (point) return point.target;
  return inProgress ? row.target : null;
}
