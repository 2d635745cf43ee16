/**
 * `kestrel health-checks due --at DATE` / `record --team ID --date DATE --grade G [--checked-by ..]
 * [--findings ..]` / `history [--from DATE] [--to DATE]` / `pack --team ID --at DATE [--period r12]`:
 * team health checks (src/practice/health-checks): checks due and overdue, recording one (audited),
 * grades by team over time, and the team pack beside the council's figures.
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { startProgress } from '../progress.ts';

type TableOrJson = 'table' | 'json';
function tableOrJson(value: string): TableOrJson {
  if (value !== 'table' && value !== 'json') throw new InvalidArgumentError(`expected table or json, got "${value}"`);
  return value;
}
const GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'];
function gradeOption(value: string): string {
  if (!GRADES.includes(value)) throw new InvalidArgumentError(`expected one of ${GRADES.join(', ')}, got "${value}"`);
  return value;
}

interface Flags extends StoreFlags {
  la?: string;
  format: TableOrJson;
}

const withCommon = (command: Command) =>
  withStoreOptions(
    command
      .option('--format <format>', 'table or json', tableOrJson, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  );

export function registerHealthChecks(program: Command): void {
  const checks = program.command('health-checks').description('team health checks: due, record, history, team pack');
  withCommon(
    checks
      .command('due')
      .description('checks due and overdue per team (12 months after good or outstanding, 6 otherwise)')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption),
  ).action(runDue);
  withCommon(
    checks
      .command('record')
      .description('record a team health check and its grade (audited)')
      .option('--team <id>', 'the team (required)')
      .option('--date <date>', 'the date of the check (required)', isoDateOption)
      .option('--grade <grade>', GRADES.join(', '), gradeOption)
      .option('--checked-by <who>', 'who undertook it')
      .option('--findings <text>', 'findings and priority areas for improvement'),
  ).action(runRecord);
  withCommon(
    checks
      .command('history')
      .description('grades by team over time, and checks per financial year by grade')
      .option('--from <date>', 'first date', isoDateOption)
      .option('--to <date>', 'last date', isoDateOption),
  ).action(runHistory);
  withCommon(
    checks
      .command('pack')
      .description("a team's pack: team-level indicators, clocks and workload beside the council's")
      .option('--team <id>', 'the team (required)')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option('--period <period>', 'month, quarter, ytd, fy, r12 or FROM..TO', 'r12')
      .option('--id <id...>', 'indicator ids (default: the pack list)'),
  ).action(runPack);
}

const actor = () => `cli:${userInfo().username}`;
const write = (flags: Flags, value: unknown, table: string) =>
  process.stdout.write(flags.format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : table);

async function withStore<T>(
  flags: StoreFlags,
  work: (store: Awaited<ReturnType<typeof openMigratedStore>>) => Promise<T>,
) {
  const { PracticeRequestError } = await import('../../practice/council.ts');
  const { IndicatorRequestError } = await import('../../indicators/request.ts');
  const progress = startProgress('health-checks', { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof PracticeRequestError || error instanceof IndicatorRequestError)
      throw new UsageError(error.message, 1);
    throw error;
  } finally {
    progress.stop();
    await store.close();
  }
}

async function runDue(flags: Flags & { at?: string }) {
  const { healthChecksDue } = await import('../../practice/health-checks/checks.ts');
  const { formatDueTable } = await import('../../practice/health-checks/format.ts');
  if (!flags.at) throw new UsageError('--at is required (YYYY-MM-DD).');
  const due = await withStore(flags, (store) => healthChecksDue(store, { la: flags.la, at: flags.at! }));
  write(flags, due, formatDueTable(due));
}

async function runRecord(
  flags: Flags & { team?: string; date?: string; grade?: string; checkedBy?: string; findings?: string },
) {
  const { recordHealthCheck } = await import('../../practice/health-checks/checks.ts');
  if (!flags.team || !flags.date || !flags.grade) throw new UsageError('--team, --date and --grade are required.');
  const result = await withStore(flags, (store) =>
    recordHealthCheck(store, {
      la: flags.la,
      check: {
        teamId: flags.team!,
        date: flags.date!,
        grade: flags.grade!,
        checkedBy: flags.checkedBy,
        findings: flags.findings,
      },
      actor: actor(),
      via: 'kestrel health-checks record',
    }),
  );
  write(flags, result, `Recorded ${result.id} in council ${result.laCode}; next check due ${result.nextDue}.\n`);
}

async function runHistory(flags: Flags & { from?: string; to?: string }) {
  const { healthCheckHistory } = await import('../../practice/health-checks/checks.ts');
  const { formatHistoryTable } = await import('../../practice/health-checks/format.ts');
  const history = await withStore(flags, (store) =>
    healthCheckHistory(store, { la: flags.la, from: flags.from, to: flags.to }),
  );
  write(flags, history, formatHistoryTable(history));
}

async function runPack(flags: Flags & { team?: string; at?: string; period: string; id?: string[] }) {
  const { loadClockRules, ClockRuleError } = await import('../../practice/clocks/rules.ts');
  const { loadWorkloadModel, WorkloadModelError } = await import('../../practice/workload/model.ts');
  const { parsePeriod } = await import('../../calendar/periods.ts');
  const { teamPack } = await import('../../practice/health-checks/pack.ts');
  const { formatPackTable } = await import('../../practice/health-checks/format.ts');
  if (!flags.team || !flags.at) throw new UsageError('--team and --at are required.');
  let rules: ReturnType<typeof loadClockRules>;
  let model: ReturnType<typeof loadWorkloadModel>;
  try {
    parsePeriod(flags.period, flags.at);
    rules = loadClockRules();
    model = loadWorkloadModel();
  } catch (error) {
    if (error instanceof ClockRuleError || error instanceof WorkloadModelError) throw new UsageError(error.message, 1);
    throw new UsageError(`--period: ${(error as Error).message}`);
  }
  const pack = await withStore(flags, (store) =>
    teamPack(store, {
      la: flags.la,
      teamId: flags.team!,
      at: flags.at!,
      period: flags.period,
      ids: flags.id,
      rules,
      model,
      actor: actor(),
      via: 'kestrel health-checks pack',
    }),
  );
  write(flags, pack, formatPackTable(pack));
}
