/**
 * `kestrel imports list [--la CODE]` and `kestrel imports show ID`: the returns imported into the store
 * (table import_batch): files and hashes, who and when, what was stored and left out, and the findings.
 * `show` names children (left-out rows, findings), so it is audited as a view of the batch.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../errors.ts';
import { integerOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';

type Format = 'table' | 'json' | 'csv';

interface ListFlags extends StoreFlags {
  la?: string;
  format: Format;
}

interface ShowFlags extends StoreFlags {
  format: Format;
}

function formatOption(allowed: readonly Format[]) {
  return (value: string): Format => {
    if (!(allowed as readonly string[]).includes(value))
      throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}, got "${value}"`);
    return value as Format;
  };
}

export function registerImports(program: Command): void {
  const imports = program.command('imports').description('the returns imported into the store, and what each left out');
  withStoreOptions(
    imports
      .command('list')
      .description('every import, newest first: council, return, year, files, who, counts stored and left out')
      .option('--la <code>', 'only this council', laCodeOption)
      .option('--format <format>', 'table or json', formatOption(['table', 'json']), 'table'),
  ).action(runList);
  withStoreOptions(
    imports
      .command('show')
      .argument(
        '<id>',
        'the import number (from kestrel imports list or the import message)',
        integerOption(1, 2 ** 53),
      )
      .description('one import: its files, counts, the rows left out and the findings')
      .option(
        '--format <format>',
        'table, json, or csv (the left-out rows and findings)',
        formatOption(['table', 'json', 'csv']),
        'table',
      ),
  ).action(runShow);
}

async function runList(flags: ListFlags): Promise<void> {
  const { listImportBatches } = await import('../../returns/store/import-batches.ts');
  const { formatBatchList } = await import('../../returns/store/import-batch-text.ts');
  const store = await openMigratedStore(flags);
  try {
    const batches = await listImportBatches(store, { laCode: flags.la });
    process.stdout.write(flags.format === 'json' ? `${JSON.stringify(batches, null, 2)}\n` : formatBatchList(batches));
  } finally {
    await store.close();
  }
}

async function runShow(id: number, flags: ShowFlags): Promise<void> {
  const { findImportBatch } = await import('../../returns/store/import-batches.ts');
  const { recordAudit } = await import('../../access/audit.ts');
  const { formatBatch, batchCsv } = await import('../../returns/store/import-batch-text.ts');
  const { userInfo } = await import('node:os');
  const store = await openMigratedStore(flags);
  try {
    const batch = await store.transaction(async (tx) => {
      const found = await findImportBatch(tx, id);
      if (found === undefined) return undefined;
      await recordAudit(tx, {
        laCode: found.laCode,
        actor: `cli:${userInfo().username}`,
        action: 'view',
        entity: 'import_batch',
        entityId: String(id),
        detail: { format: flags.format },
      });
      return found;
    });
    if (batch === undefined)
      throw new UsageError(`there is no import ${id} in the store; kestrel imports list shows them`, 1);
    const text =
      flags.format === 'json'
        ? `${JSON.stringify(batch, null, 2)}\n`
        : flags.format === 'csv'
          ? batchCsv(batch)
          : formatBatch(batch);
    process.stdout.write(text);
  } finally {
    await store.close();
  }
}
