/**
 * `kestrel measures import FILE.csv`: enter values of manual measures (surveys, finance figures, figures
 * from a separate youth justice system) from a CSV with a header row: indicator_id, period_from,
 * period_to, value, and optionally level_kind, level_id, numerator, denominator, note. Every row is
 * checked first; the file is saved in one transaction or not at all, and each bad row is reported by
 * its line number.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { readMeasuresCsv } from '../../records/measures/read-measures-csv.ts';
import type { Db } from '../../store/db.ts';
import { fileError, UsageError } from '../errors.ts';
import { checkInputFile } from '../input.ts';
import { laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';

interface MeasuresImportFlags extends StoreFlags {
  la?: string;
  enteredBy: string;
  dryRun?: boolean;
}

export function registerMeasures(program: Command): void {
  const measures = program.command('measures').description('manual measures: values entered per period');
  withStoreOptions(
    measures
      .command('import')
      .description('import values of manual measures from a CSV file (all rows or none)')
      .argument(
        '<file>',
        'CSV file: indicator_id, period_from, period_to, value [, level_kind, level_id, numerator, denominator, note]',
      )
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption)
      .option(
        '--entered-by <name>',
        'who is entering the values (recorded with each)',
        process.env.USER ?? 'kestrel-cli',
      )
      .option('--dry-run', 'check the file and report errors without saving'),
  ).action(runImport);
}

/** The ids of manual measures in the catalogue (the ones measure_value feeds). */
async function manualMeasureIds(): Promise<Set<string>> {
  const { listIndicators } = await import('../../indicators/evaluate.ts');
  return new Set(
    listIndicators()
      .filter((def) => def.source === 'manual')
      .map((def) => def.id),
  );
}

async function runImport(file: string, flags: MeasuresImportFlags): Promise<void> {
  await checkInputFile(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw fileError(error, file, 'read') ?? error;
  }
  const { readMeasuresCsv } = await import('../../records/measures/read-measures-csv.ts');
  const { saveMeasureValues } = await import('../../records/measures/save-measure-values.ts');
  let csv: ReturnType<typeof readMeasuresCsv>;
  try {
    csv = readMeasuresCsv(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`, 1);
  }
  const manual = await manualMeasureIds();
  const store = await openMigratedStore(flags);
  try {
    const la = await councilFor(store, flags.la);
    const save = (db: Db) =>
      saveMeasureValues(db, la, csv.rows, { enteredBy: flags.enteredBy, isManualMeasure: (id) => manual.has(id) });
    const result = flags.dryRun ? await dryRun(store, save) : await save(store);
    if (result.errors.length > 0) {
      for (const error of result.errors)
        process.stderr.write(`${file}:${csv.lines[error.row - 1] ?? '?'}: ${error.message}\n`);
      throw new UsageError(
        `${file}: nothing saved; ${result.errors.length} error(s) in ${new Set(result.errors.map((e) => e.row)).size} row(s).`,
        1,
      );
    }
    const verb = flags.dryRun ? 'would save' : 'saved';
    process.stdout.write(`${file}: ${verb} ${result.saved} value(s) for council ${la} in ${store.description}.\n`);
  } finally {
    await store.close();
  }
}

/** Runs the save inside a transaction that is always rolled back. */
async function dryRun<T>(store: Db, save: (db: Db) => Promise<T>): Promise<T> {
  let outcome: T | undefined;
  const rollback = new Error('dry run');
  try {
    await store.transaction(async (tx) => {
      outcome = await save(tx);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return outcome as T;
}

async function councilFor(db: Db, requested: string | undefined): Promise<string> {
  const councils = (await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code')).map(
    (c) => c.la_code,
  );
  if (requested) {
    if (!councils.includes(requested)) throw new UsageError(`no council ${requested} in this store`, 1);
    return requested;
  }
  if (councils.length === 1) return councils[0]!;
  if (councils.length === 0) throw new UsageError('the store holds no council yet', 1);
  throw new UsageError(`the store holds several councils (${councils.join(', ')}): name one with --la`);
}
