/**
 * `kestrel framework import FILE | --default [--effective DATE]`, `kestrel framework export [--at DATE]
 * [-o FILE]`, `kestrel framework list`: the council's performance framework (src/framework/), kept in
 * versions with the date each takes effect. A file is checked whole before the store is opened; a
 * refused file prints every problem with its line and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { fileError, UsageError } from '../errors.ts';
import { checkInputFile } from '../input.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import type { Db } from '../../store/db.ts';

interface ImportFlags extends StoreFlags {
  la?: string;
  default?: boolean;
  effective?: string;
  by: string;
}

interface ExportFlags extends StoreFlags {
  la?: string;
  at?: string;
  output?: string;
  by: string;
}

interface ListFlags extends StoreFlags {
  la?: string;
}

const WHO = process.env.USER ?? 'kestrel-cli';

export function registerFramework(program: Command): void {
  const framework = program
    .command('framework')
    .description('the performance framework: measures, targets and RAG bands, in dated versions');
  withStoreOptions(
    framework
      .command('import')
      .description('check a framework file (YAML or JSON) and store it as a new version')
      .argument('[file]', 'the framework file (see data/frameworks/default.yaml)')
      .option('--default', 'import the framework Kestrel ships (seeds 000-002)')
      .option(
        '--effective <date>',
        'first date the version is in force (default: the start of its year; 2000-04-01 for --default)',
        isoDateOption,
      )
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption)
      .option('--by <name>', 'who is importing it (recorded and audited)', WHO),
  ).action(runImport);
  withStoreOptions(
    framework
      .command('export')
      .description('write the framework in force on a date, as it was imported')
      .option('--at <date>', 'the date (default today)', isoDateOption)
      .option('-o, --output <file>', 'file to write (default standard output)')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption)
      .option('--by <name>', 'who is exporting it (audited)', WHO),
  ).action(runExport);
  withStoreOptions(
    framework
      .command('list')
      .description('list the framework versions and the date each takes effect')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runList);
}

async function runImport(file: string | undefined, flags: ImportFlags): Promise<void> {
  if ((file === undefined) === !flags.default) throw new UsageError('give a framework file or --default (one of them)');
  const { readFramework, FrameworkFileError } = await import('../../framework/read.ts');
  const { DEFAULT_FRAMEWORK_EFFECTIVE, DEFAULT_FRAMEWORK_FILE, importFramework } = await import(
    '../../framework/versions.ts'
  );
  const path = file ?? DEFAULT_FRAMEWORK_FILE;
  await checkInputFile(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(error, path, 'read') ?? error;
  }
  const sourceName = file === undefined ? 'default' : basename(file);
  try {
    readFramework(text, file ?? path); // every problem reported before the store is opened
  } catch (error) {
    if (!(error instanceof FrameworkFileError)) throw error;
    const lines = error.lines();
    if (lines.length > 1) for (const line of lines) process.stderr.write(`${line}\n`);
    const summary = lines.length > 1 ? `${lines[0]} (${lines.length} problems, listed above)` : lines[0];
    throw new UsageError(`${summary ?? error.message}; nothing imported`, 1);
  }
  const store = await openMigratedStore(flags);
  try {
    const la = await chooseCouncil(store, flags.la);
    const version = await importFramework(store, {
      la,
      text,
      sourceName,
      effectiveFrom: flags.effective ?? (file === undefined ? DEFAULT_FRAMEWORK_EFFECTIVE : undefined),
      actor: flags.by,
    });
    process.stdout.write(
      `${file ?? 'default framework'}: imported "${version.name}" as version ${version.version} for council ${la}, in force from ${version.effectiveFrom}.\n`,
    );
  } finally {
    await store.close();
  }
}

async function runExport(flags: ExportFlags): Promise<void> {
  const at = flags.at ?? new Date().toISOString().slice(0, 10);
  const { openOutputFile, stdoutOutput } = await import('../output.ts');
  const output = flags.output ? await openOutputFile(flags.output) : stdoutOutput();
  const { exportFramework } = await import('../../framework/versions.ts');
  let finished = false;
  const store = await openMigratedStore(flags);
  try {
    const la = await chooseCouncil(store, flags.la);
    const stored = await exportFramework(store, la, at, flags.by, flags.output ?? 'standard output');
    if (!stored) throw new UsageError(`no framework is in force for council ${la} on ${at}`, 1);
    await output.write(stored.sourceText);
    await output.finish();
    finished = true;
    if (flags.output)
      process.stderr.write(
        `${flags.output}: framework version ${stored.version} ("${stored.name}"), in force on ${at}.\n`,
      );
  } finally {
    if (!finished) await output.abandon();
    await store.close();
  }
}

async function runList(flags: ListFlags): Promise<void> {
  const { listFrameworks, frameworkAt } = await import('../../framework/versions.ts');
  const store = await openMigratedStore(flags);
  try {
    const la = await chooseCouncil(store, flags.la);
    const versions = await listFrameworks(store, la);
    if (versions.length === 0) {
      process.stdout.write(`No framework for council ${la}: kestrel framework import FILE (or --default).\n`);
      return;
    }
    const today = await frameworkAt(store, la, new Date().toISOString().slice(0, 10));
    const lines = versions.map(
      (v) =>
        `${v.version === today?.version ? '*' : ' '} ${String(v.version).padStart(3)}  ${v.effectiveFrom}  ${v.name}  (${v.sourceName}, imported ${v.importedAt.slice(0, 16)} by ${v.importedBy})`,
    );
    process.stdout.write(`  ver  in force    name\n${lines.join('\n')}\n* in force today\n`);
  } finally {
    await store.close();
  }
}

/** The council a command acts for: the one named, or the store's only council (also used by `commentary`). */
export async function chooseCouncil(db: Db, requested: string | undefined): Promise<string> {
  const councils = (await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code')).map(
    (c) => c.la_code,
  );
  if (requested) {
    if (!councils.includes(requested)) throw new UsageError(`no council ${requested} in this store`, 1);
    return requested;
  }
  if (councils.length === 1) return councils[0]!;
  if (councils.length === 0)
    throw new UsageError('the store holds no council yet (kestrel synth or kestrel import first)', 1);
  throw new UsageError(`the store holds several councils (${councils.join(', ')}): name one with --la`);
}
