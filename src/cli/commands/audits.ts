/**
 * `kestrel audits sample --month YYYY-MM --seed S [--per-team N] [--exclude-days D]`: the month's stratified
 * random sample of open cases to audit; `kestrel audits record --file audits.json`: records case file
 * audits (grades, theme grades, findings, moderation, actions), audited in the same transaction;
 * `kestrel audits summary --quarter 2024-25Q1 | --at DATE`: the quarterly summary (src/practice/audits).
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { fileError, UsageError } from '../errors.ts';
import {
  integerOption,
  isoDateOption,
  laCodeOption,
  openMigratedStore,
  withStoreOptions,
  type StoreFlags,
} from '../options.ts';
import { startProgress } from '../progress.ts';

type TableOrJson = 'table' | 'json';
function tableOrJson(value: string): TableOrJson {
  if (value !== 'table' && value !== 'json') throw new InvalidArgumentError(`expected table or json, got "${value}"`);
  return value;
}

interface AuditsFlags extends StoreFlags {
  la?: string;
  format: TableOrJson;
}

export function registerAudits(program: Command): void {
  const audits = program
    .command('audits')
    .description('case file audits: monthly sample, recording, quarterly summary');
  withStoreOptions(
    audits
      .command('sample')
      .description("draw the month's stratified random sample of open cases to audit")
      .option('--month <month>', 'the month YYYY-MM (required)')
      .option('--seed <seed>', 'the seed of the draw (the same seed gives the same sample)')
      .option('--per-team <n>', 'cases per team', integerOption(1, 1000), 2)
      .option('--exclude-days <n>', 'leave out files audited in this many days before', integerOption(0, 3650), 183)
      .option('--format <format>', 'table or json', tableOrJson, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runSample);
  withStoreOptions(
    audits
      .command('record')
      .description('record case file audits from a JSON file (one audit or a list)')
      .option('--file <file>', 'the JSON file (required)')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runRecord);
  withStoreOptions(
    audits
      .command('summary')
      .description('quarterly summary: grades, trend, themes, moderation agreement, actions')
      .option('--quarter <quarter>', 'financial quarter, e.g. 2024-25Q1')
      .option('--at <date>', 'or the quarter containing this date', isoDateOption)
      .option('--format <format>', 'table or json', tableOrJson, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runSummary);
}

const actor = () => `cli:${userInfo().username}`;

async function practiceErrors<T>(work: () => Promise<T>): Promise<T> {
  const { PracticeRequestError } = await import('../../practice/council.ts');
  try {
    return await work();
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message, 1);
    throw error;
  }
}

async function runSample(flags: AuditsFlags & { month?: string; seed?: string; perTeam: number; excludeDays: number }) {
  const { drawAuditSample, monthStart } = await import('../../practice/audits/sample.ts');
  const { formatSampleTable } = await import('../../practice/audits/format.ts');
  if (!flags.month) throw new UsageError('--month is required (YYYY-MM).');
  if (!flags.seed) throw new UsageError('--seed is required (any text; the same seed draws the same sample).');
  try {
    monthStart(flags.month);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const store = await openMigratedStore(flags);
  try {
    const sample = await practiceErrors(() =>
      drawAuditSample(store, {
        la: flags.la,
        month: flags.month!,
        seed: flags.seed!,
        perTeam: flags.perTeam,
        excludeDays: flags.excludeDays,
        actor: actor(),
        via: 'kestrel audits sample',
      }),
    );
    process.stdout.write(flags.format === 'json' ? `${JSON.stringify(sample, null, 2)}\n` : formatSampleTable(sample));
  } finally {
    await store.close();
  }
}

async function runRecord(flags: StoreFlags & { la?: string; file?: string }) {
  const { parseAuditFile, recordCaseAudits } = await import('../../practice/audits/record.ts');
  const { PracticeRequestError } = await import('../../practice/council.ts');
  if (!flags.file) throw new UsageError('--file is required (a JSON file of one audit or a list).');
  let source: string;
  try {
    source = await readFile(flags.file, 'utf8');
  } catch (error) {
    throw fileError(error, flags.file, 'read') ?? error;
  }
  let audits: ReturnType<typeof parseAuditFile>;
  try {
    audits = parseAuditFile(source, flags.file);
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message);
    throw error;
  }
  const store = await openMigratedStore(flags);
  try {
    const result = await practiceErrors(() =>
      recordCaseAudits(store, { la: flags.la, audits, actor: actor(), via: 'kestrel audits record' }),
    );
    process.stdout.write(
      `Recorded ${result.recorded.length} case file audit(s) in council ${result.laCode}: ${result.recorded.map((r) => r.id).join(', ')}\n`,
    );
  } finally {
    await store.close();
  }
}

async function runSummary(flags: AuditsFlags & { quarter?: string; at?: string }) {
  const { auditSummary, parseQuarter, quarterOf } = await import('../../practice/audits/summary.ts');
  const { formatSummaryTable } = await import('../../practice/audits/format.ts');
  if (!flags.quarter === !flags.at) throw new UsageError('give one of --quarter (e.g. 2024-25Q1) or --at DATE.');
  let quarter: ReturnType<typeof quarterOf>;
  try {
    quarter = flags.quarter ? parseQuarter(flags.quarter) : quarterOf(flags.at!);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const progress = startProgress('audits summary', { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  try {
    const summary = await practiceErrors(() => auditSummary(store, { la: flags.la, quarter }));
    progress.stop();
    process.stdout.write(
      flags.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatSummaryTable(summary),
    );
  } finally {
    progress.stop();
    await store.close();
  }
}
