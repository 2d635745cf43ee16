/**
 * `kestrel improvement add --file plan.json` / `improvement progress --action ID --rag R --as-at DATE
 * [--note ..]` / `improvement list --at DATE [--format table|json]`: the improvement plan
 * (src/practice/improvement/plan.ts): Ofsted recommendations and local priorities with actions, owner,
 * due date, RAG, evidence indicators and history; every change audited.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { fileError, UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { tableOrJson } from './budget.ts';

interface Flags extends StoreFlags {
  la?: string;
}

export function registerImprovement(program: Command): void {
  const plan = program
    .command('improvement')
    .description('the improvement plan: recommendations, priorities, actions, RAG');
  const la = (c: Command) =>
    withStoreOptions(c.option('--la <code>', 'council code (when the store holds several)', laCodeOption));
  la(
    plan
      .command('add')
      .description('add actions from a JSON file (one or a list)')
      .option('--file <file>', 'the JSON file (required)'),
  ).action(runAdd);
  la(
    plan
      .command('progress')
      .description('report progress on an action (appended to its history)')
      .option('--action <id>', 'the action (required)')
      .option('--rag <rag>', 'red, amber, green or complete (required)')
      .option('--as-at <date>', 'the date reported as at (required)', isoDateOption)
      .option('--note <text>', 'what has been done'),
  ).action(runProgress);
  la(
    plan
      .command('list')
      .description('the plan as at a date: each action with its latest RAG, overdue, history')
      .option('--at <date>', 'the date (required)', isoDateOption)
      .option('--format <format>', 'table or json', tableOrJson, 'table'),
  ).action(runList);
}

const actor = () => `cli:${userInfo().username}`;

async function withStore<T>(
  flags: StoreFlags,
  work: (store: Awaited<ReturnType<typeof openMigratedStore>>) => Promise<T>,
) {
  const { PracticeRequestError } = await import('../../practice/council.ts');
  const store = await openMigratedStore(flags);
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message, 1);
    throw error;
  } finally {
    await store.close();
  }
}

async function runAdd(flags: Flags & { file?: string }) {
  const { parsePlanFile, addImprovementActions } = await import('../../practice/improvement/plan.ts');
  const { PracticeRequestError } = await import('../../practice/council.ts');
  if (!flags.file) throw new UsageError('--file is required (a JSON file of one action or a list).');
  let source: string;
  try {
    source = await readFile(flags.file, 'utf8');
  } catch (error) {
    throw fileError(error, flags.file, 'read') ?? error;
  }
  let actions: ReturnType<typeof parsePlanFile>;
  try {
    actions = parsePlanFile(source, flags.file);
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message);
    throw error;
  }
  const result = await withStore(flags, (store) =>
    addImprovementActions(store, { la: flags.la, actions, actor: actor(), via: 'kestrel improvement add' }),
  );
  process.stdout.write(`Added ${result.added} action(s) to the improvement plan of council ${result.laCode}.\n`);
}

async function runProgress(flags: Flags & { action?: string; rag?: string; asAt?: string; note?: string }) {
  const { reportProgress } = await import('../../practice/improvement/plan.ts');
  if (!flags.action || !flags.rag || !flags.asAt) throw new UsageError('--action, --rag and --as-at are required.');
  await withStore(flags, (store) =>
    reportProgress(store, {
      la: flags.la,
      actionId: flags.action!,
      asAt: flags.asAt!,
      rag: flags.rag!,
      note: flags.note,
      actor: actor(),
      via: 'kestrel improvement progress',
    }),
  );
  process.stdout.write(`Recorded ${flags.rag} for ${flags.action} as at ${flags.asAt}.\n`);
}

async function runList(flags: Flags & { at?: string; format: 'table' | 'json' }) {
  const { improvementPlan } = await import('../../practice/improvement/plan.ts');
  const { alignColumns } = await import('../../practice/text-table.ts');
  if (!flags.at) throw new UsageError('--at is required (YYYY-MM-DD).');
  const plan = await withStore(flags, (store) => improvementPlan(store, { la: flags.la, at: flags.at! }));
  if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return;
  }
  const counts = Object.entries(plan.byRag)
    .map(([rag, n]) => `${n} ${rag}`)
    .join(', ');
  process.stdout.write(
    `Improvement plan at ${plan.at} (council ${plan.laCode}): ${plan.actions.length} action(s): ${counts}; ${plan.actions.filter((a) => a.overdue).length} overdue.\n\n${alignColumns(
      [
        ['id', 'kind', 'action', 'owner', 'due', 'RAG', 'overdue', 'evidence'],
        ...plan.actions.map((a) => [
          a.id,
          a.kind,
          a.action,
          a.owner,
          a.due,
          a.rag ?? '-',
          a.overdue ? 'yes' : '',
          a.evidence.join(' '),
        ]),
      ],
    )}\n`,
  );
}
