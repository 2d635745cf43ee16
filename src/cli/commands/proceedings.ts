/**
 * `kestrel proceedings --at DATE [--period fy] [--format table|json|csv]`: the care proceedings and
 * permanence tracker (src/practice/proceedings): stage, week number and expected end of each case, the
 * lists past 26 weeks and pre-proceedings past 16 weeks and 3 months, children without a permanence plan
 * by their second review, and the average duration of proceedings ending in the period.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { startProgress } from '../progress.ts';
import { formatOption } from './drift.ts';

interface ProceedingsFlags extends StoreFlags {
  at?: string;
  period: string;
  rules?: string;
  format: 'table' | 'json' | 'csv';
  la?: string;
}

export function registerProceedings(program: Command): void {
  withStoreOptions(
    program
      .command('proceedings')
      .description('care proceedings and permanence tracker: stages, weeks, drift past 26 weeks and pre-proceedings')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option('--period <period>', 'for the average duration: month, quarter, ytd, fy, r12 or FROM..TO', 'fy')
      .option('--rules <file>', 'a clock rule file of the council (default data/practice/clocks.json)')
      .option('--format <format>', 'table, json or csv', formatOption, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runProceedings);
}

async function runProceedings(flags: ProceedingsFlags): Promise<void> {
  const { loadClockRules, ClockRuleError } = await import('../../practice/clocks/rules.ts');
  const { parsePeriod } = await import('../../calendar/periods.ts');
  const { PracticeRequestError } = await import('../../practice/council.ts');
  const { proceedingsTracker } = await import('../../practice/proceedings/tracker.ts');
  const format = await import('../../practice/proceedings/format.ts');
  if (!flags.at) throw new UsageError('--at is required (the date to look at, YYYY-MM-DD).');
  let rules: ReturnType<typeof loadClockRules>;
  try {
    parsePeriod(flags.period, flags.at);
    rules = loadClockRules(flags.rules);
  } catch (error) {
    if (error instanceof ClockRuleError) throw new UsageError(error.message);
    throw new UsageError(`--period: ${(error as Error).message}`);
  }
  const progress = startProgress('proceedings', { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  let report: Awaited<ReturnType<typeof proceedingsTracker>>;
  try {
    report = await proceedingsTracker(store, {
      la: flags.la,
      at: flags.at,
      period: flags.period,
      rules,
      actor: `cli:${userInfo().username}`,
      via: 'kestrel proceedings',
    });
  } catch (error) {
    if (error instanceof PracticeRequestError || error instanceof ClockRuleError)
      throw new UsageError(error.message, 1);
    throw error;
  } finally {
    progress.stop();
    await store.close();
  }
  process.stdout.write(
    flags.format === 'json'
      ? format.formatProceedingsJson(report)
      : flags.format === 'csv'
        ? format.formatProceedingsCsv(report)
        : format.formatProceedingsTable(report),
  );
}
