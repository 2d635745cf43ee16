/**
 * `kestrel proceedings --at DATE [--period fy] [--format table|json|csv]`: the care proceedings and
 * permanence tracker (src/practice/proceedings): stage, week number and expected end of each case, the
 * lists past 26 weeks and pre-proceedings past 16 weeks and 3 months, children without a permanence plan
 * by their second review, and the average duration of proceedings ending in the period.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, withStoreOptions, type StoreFlags } from '../options.ts';
import { checkPeriod, inFormat, requireAt, withPracticeStore } from '../practice-command.ts';
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
  const at = requireAt(flags.at);
  await checkPeriod(flags.period, at);
  const { loadClockRules, ClockRuleError } = await import('../../practice/clocks/rules.ts');
  const { proceedingsTracker } = await import('../../practice/proceedings/tracker.ts');
  const format = await import('../../practice/proceedings/format.ts');
  let rules: ReturnType<typeof loadClockRules>;
  try {
    rules = loadClockRules(flags.rules);
  } catch (error) {
    if (error instanceof ClockRuleError) throw new UsageError(error.message);
    throw error;
  }
  const report = await withPracticeStore('proceedings', flags, async (store) => {
    try {
      return await proceedingsTracker(store, {
        la: flags.la,
        at,
        period: flags.period,
        rules,
        actor: `cli:${userInfo().username}`,
        via: 'kestrel proceedings',
      });
    } catch (error) {
      // The council's rule file names a field its store lacks.
      if (error instanceof ClockRuleError) throw new UsageError(error.message, 1);
      throw error;
    }
  });
  process.stdout.write(
    inFormat(flags.format, {
      json: () => format.formatProceedingsJson(report),
      csv: () => format.formatProceedingsCsv(report),
      table: () => format.formatProceedingsTable(report),
    }),
  );
}
