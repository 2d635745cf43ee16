/**
 * `kestrel commentary add INDICATOR --period P --text ... [--action --owner O --due DATE]` and
 * `kestrel commentary list [INDICATOR]`: comments and actions on a measure for a reporting period, as a
 * scorecard prints them under the measure (seed 001). Nothing is overwritten: a new entry supersedes the
 * earlier one on the scorecard, and the history stays.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { chooseCouncil } from './framework.ts';

interface AddFlags extends StoreFlags {
  la?: string;
  period: string;
  text: string;
  action?: boolean;
  owner?: string;
  due?: string;
  by: string;
}

interface ListFlags extends StoreFlags {
  la?: string;
  format: string;
}

export function registerCommentary(program: Command): void {
  const commentary = program.command('commentary').description('comments and actions on framework measures');
  withStoreOptions(
    commentary
      .command('add')
      .description('add a comment (or with --action, an action) on a measure for a period')
      .argument('<indicator>', 'catalogue id of the measure (docs/INDICATORS.md)')
      .requiredOption('--period <period>', 'a financial year (2024-25), a quarter (2024-25Q2) or a month (2025-03)')
      .requiredOption('--text <text>', 'what the figure shows and why, or what will be done')
      .option('--action', 'an action rather than a comment')
      .option('--owner <name>', 'actions: who is responsible')
      .option('--due <date>', 'actions: when it is due', isoDateOption)
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption)
      .option('--by <name>', 'the author (recorded and audited)', process.env.USER ?? 'kestrel-cli'),
  ).action(runAdd);
  withStoreOptions(
    commentary
      .command('list')
      .description('list comments and actions, oldest first, with their history')
      .argument('[indicator]', 'only this measure')
      .option('--format <format>', 'table or json', 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runList);
}

async function runAdd(indicator: string, flags: AddFlags): Promise<void> {
  const { findIndicator } = await import('../../indicators/evaluate.ts');
  const { parseReportingPeriod } = await import('../../framework/period.ts');
  if (!findIndicator(indicator))
    throw new UsageError(
      `unknown indicator id "${indicator}" (see docs/INDICATORS.md or \`kestrel indicators --list\`)`,
    );
  try {
    parseReportingPeriod(flags.period);
  } catch (error) {
    throw new UsageError(`--period: ${(error as Error).message}`);
  }
  if (!flags.text.trim()) throw new UsageError('--text is empty');
  if (!flags.action && (flags.owner || flags.due)) throw new UsageError('--owner and --due belong to an --action');
  const { addCommentary } = await import('../../framework/commentary.ts');
  const store = await openMigratedStore(flags);
  try {
    const la = await chooseCouncil(store, flags.la);
    const id = await addCommentary(store, {
      la,
      indicatorId: indicator,
      period: flags.period,
      kind: flags.action ? 'action' : 'comment',
      text: flags.text,
      author: flags.by,
      owner: flags.owner,
      due: flags.due,
    });
    process.stdout.write(
      `Added ${flags.action ? 'action' : 'comment'} ${id} on ${indicator} for ${flags.period.trim()}.\n`,
    );
  } finally {
    await store.close();
  }
}

async function runList(indicator: string | undefined, flags: ListFlags): Promise<void> {
  if (flags.format !== 'table' && flags.format !== 'json')
    throw new UsageError(`--format: expected table or json, got "${flags.format}"`);
  const { listCommentary } = await import('../../framework/commentary.ts');
  const store = await openMigratedStore(flags);
  try {
    const la = await chooseCouncil(store, flags.la);
    const entries = await listCommentary(store, la, indicator);
    if (flags.format === 'json') {
      process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
      return;
    }
    for (const e of entries) {
      const action = e.kind === 'action' ? ` [owner ${e.owner ?? '-'}, due ${e.due ?? '-'}]` : '';
      process.stdout.write(
        `${e.id}  ${e.period}  ${e.indicatorId}  ${e.kind}${action}  ${e.author}, ${e.writtenAt}\n    ${e.text}\n`,
      );
    }
    if (entries.length === 0) process.stdout.write('No commentary yet.\n');
  } finally {
    await store.close();
  }
}
