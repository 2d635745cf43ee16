/**
 * Documents benchmark: laying out and writing the documents from a scorecard model the size a large
 * council's framework gives (60 measures in 6 sections, 24 monthly trend points each, benchmarks and
 * commentary), in every format; the committee report with its extra sections; the public edition with
 * suppression. It times the documents' share only: building the Scorecard from the records (the
 * framework's share) is measured with the framework. Each case once, as a command runs it (the PDF
 * launches Chromium each time, as `kestrel scorecard --format pdf` does).
 * Run: `npm run bench -- documents`.
 */
import type { Scorecard, ScorecardRow, TrendPoint } from '../src/framework/model.ts';
import { SCORECARD_FIXTURE, fixtureRows } from '../src/documents/fixtures/scorecard.fixture.ts';
import { EXTRA_SECTIONS_FIXTURE } from '../src/documents/fixtures/extra-sections.fixture.ts';
import { scorecardDocument } from '../src/documents/scorecard-document.ts';
import { committeeDocument } from '../src/documents/committee-document.ts';
import { parseReportPeriod } from '../src/documents/period.ts';
import { renderDocument, type DocumentFormat } from '../src/documents/render.ts';
import { addMonths, formatIsoDate } from '../src/calendar/dates.ts';
import { monthEndOf } from '../src/calendar/periods.ts';

const SECTIONS = 6;
const PER_SECTION = 10;
const POINTS = 24;

/** The fixture's measures repeated (with their own ids) to 60, each with a 24-month trend. */
function largeScorecard(): Scorecard {
  const base = fixtureRows();
  const months = Array.from({ length: POINTS }, (_, i) => monthEndOf(addMonths(formatIsoDate(2016, 1, 1), i)));
  const sections = Array.from({ length: SECTIONS }, (_, s) => ({
    id: `section-${s + 1}`,
    title: `Theme ${s + 1}`,
    rows: Array.from({ length: PER_SECTION }, (_, r): ScorecardRow => {
      const row = base[(s * PER_SECTION + r) % base.length]!;
      const trend: TrendPoint[] = months.map((at, i) => ({
        at,
        value: row.current === null ? null : row.current * (0.9 + (0.2 * ((i * 7 + r) % 11)) / 10),
        target: row.target,
      }));
      return { ...row, indicatorId: `${row.indicatorId}-${s}-${r}`, trend };
    }),
  }));
  return { ...SCORECARD_FIXTURE, sections };
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return Math.round(performance.now() - start);
}

export async function benchDocuments(): Promise<object> {
  const scorecard = largeScorecard();
  const period = parseReportPeriod('2017-18Q3');
  const ms: Record<string, number> = {};
  const sizes: Record<string, number> = {};
  for (const format of ['html', 'csv', 'json', 'xlsx', 'docx', 'pdf'] as DocumentFormat[]) {
    ms[`scorecard-${format}`] = await time(async () => {
      const bytes = await renderDocument(scorecardDocument(scorecard, { marking: 'internal' }), format, scorecard);
      sizes[`scorecard-${format}`] = bytes.length;
    });
  }
  ms['scorecard-public-html'] = await time(() =>
    renderDocument(scorecardDocument(scorecard, { marking: 'public' }), 'html'),
  );
  for (const format of ['html', 'docx', 'pdf'] as DocumentFormat[]) {
    ms[`committee-${format}`] = await time(async () => {
      const document = committeeDocument(scorecard, {
        marking: 'internal',
        period,
        extraSections: EXTRA_SECTIONS_FIXTURE,
      });
      sizes[`committee-${format}`] = (await renderDocument(document, format)).length;
    });
  }
  return { measures: SECTIONS * PER_SECTION, trendPoints: POINTS, ms, bytes: sizes };
}
