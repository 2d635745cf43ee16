/**
 * `kestrel scorecard --at DATE [--level team:ID] --format html|pdf|xlsx|docx|csv|json -o FILE`: the
 * performance scorecard (seed 001, Appendix B) as at a date. Internal unless --public.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption } from '../options.ts';
import { checkDocumentFlags, usage, withDocumentOptions, writeDocument, type DocumentFlags } from './report.ts';

interface ScorecardFlags extends DocumentFlags {
  at?: string;
  period?: string;
}

export function registerScorecard(program: Command): void {
  withDocumentOptions(
    program
      .command('scorecard')
      .description('write the performance scorecard as at a date')
      .option('--at <date>', 'the date the figures are at (YYYY-MM-DD)', isoDateOption)
      .option(
        '--period <period>',
        'the reporting period (2024-25, 2024-25Q2, 2025-03); the framework default when absent',
      ),
    ['html', 'pdf', 'xlsx', 'docx', 'csv', 'json'],
  ).action(runScorecard);
}

async function runScorecard(flags: ScorecardFlags): Promise<void> {
  const { parseFormat } = await import('../../documents/request.ts');
  const { parseReportPeriod } = await import('../../documents/period.ts');
  const { SCORECARD_FORMATS } = await import('../../documents/render.ts');
  if (flags.at === undefined) throw new UsageError('give the date with --at YYYY-MM-DD');
  const at = flags.at;
  const period = flags.period === undefined ? undefined : usage(() => parseReportPeriod(flags.period ?? '')).text;
  const format = usage(() => parseFormat(flags.format, SCORECARD_FORMATS));
  const checked = await checkDocumentFlags(flags, format);
  const marking = flags.public ? 'public' : 'internal';
  await writeDocument(flags, checked, { what: 'scorecard', at, period, format }, async (scorecard) => {
    const { scorecardDocument } = await import('../../documents/scorecard-document.ts');
    return scorecardDocument(scorecard, { marking, threshold: checked.threshold });
  });
}
