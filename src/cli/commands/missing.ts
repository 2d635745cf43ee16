/**
 * `kestrel missing --at DATE [--period quarter] [--repeat 2] [--format table|json|csv]`: missing episodes
 * with return interviews offered and taken within 72 hours, repeat missing children, and children
 * considered under the exploitation arrangements by sex, type and level of risk (src/practice/missing;
 * each child listed is audited).
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import {
  integerOption,
  isoDateOption,
  laCodeOption,
  openMigratedStore,
  withStoreOptions,
  type StoreFlags,
} from '../options.ts';
import { startProgress } from '../progress.ts';
import { formatOption } from './drift.ts';

interface MissingFlags extends StoreFlags {
  at?: string;
  period: string;
  repeat: number;
  format: 'table' | 'json' | 'csv';
  la?: string;
}

export function registerMissing(program: Command): void {
  withStoreOptions(
    program
      .command('missing')
      .description('missing episodes and return interviews, repeat missing children, children at risk of exploitation')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option('--period <period>', 'month, quarter, ytd, fy, r12 or FROM..TO', 'quarter')
      .option(
        '--repeat <n>',
        'episodes in the period that make a child a repeat missing child',
        integerOption(2, 100),
        2,
      )
      .option('--format <format>', 'table, json or csv (csv: the missing episodes)', formatOption, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runMissing);
}

async function runMissing(flags: MissingFlags): Promise<void> {
  const { parsePeriod } = await import('../../calendar/periods.ts');
  const { PracticeRequestError } = await import('../../practice/council.ts');
  const { missingReport } = await import('../../practice/missing/missing.ts');
  const format = await import('../../practice/missing/format.ts');
  if (!flags.at) throw new UsageError('--at is required (the date to look at, YYYY-MM-DD).');
  try {
    parsePeriod(flags.period, flags.at);
  } catch (error) {
    throw new UsageError(`--period: ${(error as Error).message}`);
  }
  const progress = startProgress('missing', { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  let report: Awaited<ReturnType<typeof missingReport>>;
  try {
    report = await missingReport(store, {
      la: flags.la,
      at: flags.at,
      period: flags.period,
      repeatAt: flags.repeat,
      actor: `cli:${userInfo().username}`,
      via: 'kestrel missing',
    });
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message, 1);
    throw error;
  } finally {
    progress.stop();
    await store.close();
  }
  process.stdout.write(
    flags.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : flags.format === 'csv'
        ? format.formatMissingCsv(report)
        : format.formatMissingTable(report),
  );
}
