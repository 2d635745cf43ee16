/**
 * `kestrel workload --at DATE [--level team:ID|worker:ID] [--move CHILD --to WORKER] [--format ...]`:
 * cases and points per worker against capacity, the team distribution, experienced workers above the
 * ideal, unallocated cases and how long each has waited, and a what-if move (src/practice/workload).
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, withStoreOptions, type StoreFlags } from '../options.ts';
import { inFormat, requireAt, withPracticeStore } from '../practice-command.ts';
import { formatOption } from './drift.ts';

interface WorkloadFlags extends StoreFlags {
  at?: string;
  level?: string;
  move?: string;
  to?: string;
  model?: string;
  format: 'table' | 'json' | 'csv';
  la?: string;
}

export function registerWorkload(program: Command): void {
  withStoreOptions(
    program
      .command('workload')
      .description('cases and workload points per worker against capacity; unallocated cases; what-if moves')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option('--level <level>', 'team:ID or worker:ID (default: the whole council)')
      .option('--move <child>', 'what if this child were held by the worker given with --to')
      .option('--to <worker>', 'the worker to move the child to (with --move)')
      .option('--model <file>', 'a workload model of the council (default data/practice/workload.json)')
      .option('--format <format>', 'table, json or csv', formatOption, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runWorkload);
}

async function runWorkload(flags: WorkloadFlags): Promise<void> {
  const at = requireAt(flags.at);
  if (Boolean(flags.move) !== Boolean(flags.to)) throw new UsageError('--move CHILD and --to WORKER go together.');
  const { loadWorkloadModel, WorkloadModelError } = await import('../../practice/workload/model.ts');
  const { parseLevel, PracticeRequestError } = await import('../../practice/council.ts');
  const { workloadReport } = await import('../../practice/workload/workload.ts');
  const format = await import('../../practice/workload/format.ts');
  let model: ReturnType<typeof loadWorkloadModel>;
  let level: ReturnType<typeof parseLevel> | undefined;
  try {
    model = loadWorkloadModel(flags.model);
    level = flags.level ? parseLevel(flags.level) : undefined;
  } catch (error) {
    if (error instanceof WorkloadModelError || error instanceof PracticeRequestError)
      throw new UsageError(error.message);
    throw error;
  }
  const report = await withPracticeStore('workload', flags, (store) =>
    workloadReport(store, {
      la: flags.la,
      at,
      level,
      model,
      move: flags.move && flags.to ? { childId: flags.move, toWorkerId: flags.to } : undefined,
      actor: `cli:${userInfo().username}`,
      via: 'kestrel workload',
    }),
  );
  process.stdout.write(
    inFormat(flags.format, {
      json: () => format.formatWorkloadJson(report),
      csv: () => format.formatWorkloadCsv(report),
      table: () => format.formatWorkloadTable(report),
    }),
  );
}
