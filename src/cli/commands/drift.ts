/**
 * `kestrel drift --at DATE [--level team:ID|worker:ID] [--clock ID] [--format table|json|csv]`: the
 * statutory and local clocks overdue or due soon on open cases at a date, by team and worker, from the
 * one clock engine (src/practice/clocks). Each child listed is audited in the same transaction.
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { startProgress } from '../progress.ts';

interface DriftFlags extends StoreFlags {
  at?: string;
  level?: string;
  clock?: string[];
  format: 'table' | 'json' | 'csv';
  rules?: string;
  la?: string;
}

export function registerDrift(program: Command): void {
  withStoreOptions(
    program
      .command('drift')
      .description('statutory clocks overdue or due soon on open cases, by team and worker')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option('--level <level>', 'team:ID or worker:ID (default: the whole council)')
      .option('--clock <id...>', 'only these clocks (see data/practice/clocks.json)', collect, undefined)
      .option('--format <format>', 'table, json or csv', formatOption, 'table')
      .option('--rules <file>', 'a clock rule file of the council (default data/practice/clocks.json)')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runDrift);
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').filter(Boolean)];
}

export function formatOption(value: string): 'table' | 'json' | 'csv' {
  if (value === 'table' || value === 'json' || value === 'csv') return value;
  throw new InvalidArgumentError(`expected table, json or csv, got "${value}"`);
}

async function runDrift(flags: DriftFlags): Promise<void> {
  const { loadClockRules, ClockRuleError } = await import('../../practice/clocks/rules.ts');
  const { selectRules, ClockRequestError } = await import('../../practice/clocks/engine.ts');
  const { parseLevel, PracticeRequestError } = await import('../../practice/council.ts');
  const { driftList } = await import('../../practice/clocks/drift.ts');
  const format = await import('../../practice/clocks/drift-format.ts');
  if (!flags.at) throw new UsageError('--at is required (the date to look at, YYYY-MM-DD).');
  let rules: ReturnType<typeof loadClockRules>;
  let level: ReturnType<typeof parseLevel> | undefined;
  try {
    // Everything that needs no records is checked before the store is opened.
    rules = loadClockRules(flags.rules);
    selectRules(rules, flags.clock);
    level = flags.level ? parseLevel(flags.level) : undefined;
  } catch (error) {
    if (error instanceof ClockRuleError || error instanceof ClockRequestError || error instanceof PracticeRequestError)
      throw new UsageError(error.message);
    throw error;
  }
  const progress = startProgress('drift', { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  let report: Awaited<ReturnType<typeof driftList>>;
  try {
    report = await driftList(store, {
      la: flags.la,
      at: flags.at,
      level,
      clockIds: flags.clock,
      rules,
      actor: `cli:${userInfo().username}`,
      via: 'kestrel drift',
    });
  } catch (error) {
    if (error instanceof ClockRuleError || error instanceof PracticeRequestError)
      throw new UsageError(error.message, 1);
    throw error;
  } finally {
    progress.stop();
    await store.close();
  }
  const text =
    flags.format === 'json'
      ? format.formatDriftJson(report)
      : flags.format === 'csv'
        ? format.formatDriftCsv(report)
        : format.formatDriftTable(report);
  process.stdout.write(text);
}
