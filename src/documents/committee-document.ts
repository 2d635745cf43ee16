/**
 * The quarterly committee report (seeds 002-004): numbered paragraphs throughout, as a cabinet report
 * is cited ("paragraph 11"): summary, recommendations, a performance update with one themed table per
 * framework section and the narrative from the commentary, charts of the measures off target against
 * their target and benchmarks, the benchmarks, then the workforce, quality assurance and budget sections
 * the caller supplies. The public edition leaves out commentary (written for officers) and is suppressed.
 */
import type { Scorecard, ScorecardRow } from '../framework/model.ts';
import { BENCHMARK_NOTE, benchmarkTable } from './benchmark-tables.ts';
import { buildDisclosed, type DisclosureOptions } from './disclose.ts';
import type { Block, Cell, ReportDocument, ReportSection } from './document.ts';
import { extraTable, type ExtraSection } from './extra-sections.ts';
import { directionArrow, directionLabel, formatValue, longDate } from './format.ts';
import { commentaryLines, documentHeading, measureSentence, ragCounts } from './narrative.ts';
import { currentCell, outturnCell, type Disclosure } from './row-figures.ts';
import { chartOf } from './row-charts.ts';
import type { ReportPeriod } from './period.ts';

export interface CommitteeOptions extends DisclosureOptions {
  period: ReportPeriod;
  /** Who the report goes to (seed 002: "Cabinet"). */
  committee?: string | undefined;
  extraSections?: ExtraSection[] | undefined;
}

export function committeeDocument(scorecard: Scorecard, options: CommitteeOptions): ReportDocument {
  return buildDisclosed((disclosure) => assemble(scorecard, options, disclosure), options);
}

function assemble(scorecard: Scorecard, options: CommitteeOptions, disclosure: Disclosure): ReportDocument {
  let paragraph = 0;
  const para = (text: string): Block => ({ kind: 'paragraph', number: `${++paragraph}.`, text });
  const rows = scorecard.sections.flatMap((s) => s.rows);
  const counts = ragCounts(rows);
  const improving = rows.filter((r) => r.direction.previous === 'improving').length;
  const worsening = rows.filter((r) => r.direction.previous === 'worsening').length;
  const sections: ReportSection[] = [];
  sections.push({
    title: 'Summary',
    blocks: [
      para(
        `This report provides ${options.committee ?? 'the committee'} with an update on activity and performance in Children's Services, based on the data available at ${longDate(scorecard.at)}, the end of ${options.period.kind === 'quarter' ? options.period.label.replace(/^Q/, 'q') : options.period.label}.`,
      ),
      para(
        `Of the ${rows.length} measures in the performance framework, ${counts.green} are green, ${counts.amber} amber and ${counts.red} red against their targets; ${counts.unrated} have no rating. Compared with the previous period, ${improving} improved and ${worsening} worsened.`,
      ),
    ],
  });
  sections.push({
    title: 'Recommendations',
    blocks: [
      para('Note the current activity and performance within the service and the impact of workload pressures.'),
      para(
        'Receive further update reports on a quarterly basis in order to continue to monitor activity and performance.',
      ),
    ],
  });
  const update: Block[] = [];
  scorecard.sections.forEach((section, i) => {
    update.push({ kind: 'heading', level: 3, text: section.title });
    for (const row of section.rows) {
      const current = currentCell(row);
      const shown = disclosure.hidden.has(current.key ?? '') ? 'c' : current.text;
      update.push(para(measureSentence(row, shown, scorecard.at)));
      if (disclosure.marking === 'internal')
        for (const line of commentaryLines(row)) update.push({ kind: 'paragraph', text: line });
    }
    update.push(themedTable(section.rows, `Table ${i + 1}: ${section.title}`, options.period.short));
    for (const row of section.rows.filter((r) => r.rag === 'red')) update.push(chartOf(row, disclosure));
  });
  sections.push({ title: 'Performance update', blocks: update });
  sections.push({
    title: 'Benchmarking',
    blocks: [
      para(
        'The table compares the latest published figures for this council with its statistical neighbours, its region and England, with its rank among all councils (1 is best) and its quartile.',
      ),
      benchmarkTable(rows, `Table ${scorecard.sections.length + 1}: Published benchmarks`),
    ],
  });
  (options.extraSections ?? []).forEach((extra, i) => {
    const blocks: Block[] = (extra.paragraphs ?? []).map(para);
    if (extra.table) blocks.push(extraTable(extra.table, `extra${i}`));
    sections.push({ title: extra.title, blocks });
  });
  return {
    kind: 'committee',
    title: 'Safeguarding and looked after children: activity and performance update',
    subtitle: `${documentHeading(scorecard, disclosure.marking)} · ${options.period.label}`,
    council: scorecard.council.name,
    asAt: longDate(scorecard.at),
    producedAt: scorecard.producedAt,
    marking: disclosure.marking,
    landscape: false,
    sections,
    footnotes: [
      BENCHMARK_NOTE,
      'Short trend compares the latest figure with the previous period: ▲ improving, ▼ worsening, ► no change.',
    ],
  };
}

/** Seed 002's table: measure, polarity, target bands, the figure now, short trend, target, last year. */
function themedTable(rows: readonly ScorecardRow[], caption: string, periodLabel: string): Block {
  const head = ['Performance measure', 'Better', 'Target bands', periodLabel, 'Short trend', 'Target', 'Last year'];
  return {
    kind: 'table',
    caption,
    head: [head.map((text) => ({ text }))],
    widths: [26, 9, 19, 9, 13, 8, 8],
    rows: rows.map((row): Cell[] => {
      const current = currentCell(row);
      return [
        { text: row.title, prose: true },
        { text: row.polarity === 'H' ? 'Higher' : row.polarity === 'L' ? 'Lower' : '-' },
        { text: row.bands ?? '-', prose: true },
        { ...current, text: current.text || 'Missing', rag: row.rag },
        { text: `${directionArrow(row.direction.previous)} ${directionLabel(row.direction.previous)}`.trim() },
        { text: formatValue(row.target, row.unit) || '-', value: row.target, unit: row.unit },
        outturnCell(row),
      ];
    }),
  };
}
