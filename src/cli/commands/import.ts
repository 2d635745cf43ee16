/**
 * `kestrel import 903 PATH...`, `kestrel import cin FILE.xml`, `kestrel import annexa FILE.xlsx`: map a
 * return into the record store. The file is validated first and refused whole when it has errors (a
 * return for submission must be clean), unless --accept-errors: then every row the store can hold is
 * stored and each row it cannot is left out and named (file, line, child, reason). A file that cannot
 * be read as the return at all is refused whole either way. It is written in one transaction with one
 * audit_log row and one import_batch row (`kestrel imports`). Re-importing changes nothing.
 */
import type { Command } from 'commander';
import { integerOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { checkInputFile } from '../input.ts';
import { startProgress, type Progress } from '../progress.ts';

interface ImportFlags extends StoreFlags {
  year?: number;
  la?: string;
  acceptErrors?: boolean;
}

/** Left-out rows listed at the terminal; the rest are in `kestrel imports show`. */
const LEFT_OUT_SHOWN = 20;

/** What an import was given and read, for runImport. */
interface ImportJob {
  file: string;
  paths: readonly string[];
  kind: string;
  findings: import('../../returns/findings.ts').Finding[];
  fromFile: string | undefined;
  year: number | null;
  read?: import('../../returns/store/import-return.ts').ImportOptions['read'];
  startedAt: Date;
}

function withImportOptions(command: Command, withYear: boolean): Command {
  const base = command
    .option(
      '--la <code>',
      "council the return belongs to (default: the file's LEA, or the only council in the store)",
      laCodeOption,
    )
    .option(
      '--accept-errors',
      'import a return that has errors: store every row the store can hold and list the rows left out',
    );
  return withStoreOptions(
    withYear
      ? base.option(
          '--year <yyyy>',
          'collection year by its 31 March (default: from the file)',
          integerOption(2000, 2100),
        )
      : base,
  );
}

export function registerImport(program: Command): void {
  const command = program
    .command('import')
    .description('load a statutory return (903, CIN census, Annex A) into the record store');
  withImportOptions(
    command
      .command('903')
      .argument('<path...>', 'folder of 903 CSV files, the CSV files, or the XML file')
      .description('import an SSDA903 return'),
    true,
  ).action(async (paths: string[], flags: ImportFlags) => {
    const { validate903 } = await import('../../returns/store/validate.ts');
    const { import903 } = await import('../../returns/store/import-903.ts');
    const startedAt = new Date();
    await withProgress('import 903', flags, async (progress) => {
      const validated = await validate903(paths, { year: flags.year, laCode: flags.la });
      const job: ImportJob = {
        file: paths.join(', '),
        paths,
        kind: '903',
        findings: validated.findings,
        fromFile: undefined,
        year: validated.dataset.meta.year,
        read: { tables: validated.dataset.current, sources: validated.sources },
        startedAt,
      };
      await runImport(flags, job, progress, (context) => import903(context, validated.dataset));
    });
  });
  withImportOptions(
    command.command('cin').argument('<file>', 'CIN census XML file').description('import a CIN census (2022 to 2026)'),
    true,
  ).action(async (file: string, flags: ImportFlags) => {
    await checkInputFile(file);
    const { validateCin } = await import('../../returns/store/validate.ts');
    const { importCin } = await import('../../returns/store/import-cin.ts');
    const startedAt = new Date();
    await withProgress('import cin', flags, async (progress) => {
      const validated = await validateCin(file, { year: flags.year });
      const job: ImportJob = {
        file,
        paths: [file],
        kind: 'cin',
        findings: validated.findings,
        fromFile: validated.dataset.tables.Header?.[0]?.['LEA'] ?? undefined,
        year: validated.dataset.meta.year,
        read: { tables: validated.dataset.tables, sources: validated.sources },
        startedAt,
      };
      await runImport(flags, job, progress, (context) => importCin(context, validated.dataset));
    });
  });
  withImportOptions(
    command
      .command('annexa')
      .argument('<file>', 'Annex A workbook (.xlsx, sheets List 1 to List 11)')
      .description('import an Ofsted Annex A workbook'),
    false,
  ).action(async (file: string, flags: ImportFlags) => {
    await checkInputFile(file);
    const { readAnnexA, importAnnexA } = await import('../../returns/store/import-annexa.ts');
    const startedAt = new Date();
    await withProgress('import annexa', flags, async (progress) => {
      const read = await readAnnexA(file);
      const job: ImportJob = {
        file,
        paths: [file],
        kind: 'annexa',
        findings: read.findings,
        fromFile: undefined,
        year: null,
        startedAt,
      };
      await runImport(flags, job, progress, (context) => importAnnexA(context, read.annexA));
    });
  });
}

/** Reports the steps of an import (reading and checking, then writing) while `work` runs. */
async function withProgress(
  label: string,
  flags: ImportFlags,
  work: (progress: Progress) => Promise<void>,
): Promise<void> {
  const progress = startProgress(label, { quiet: flags.quiet });
  try {
    // The readers take no progress callback yet: the steps are reported here.
    progress.update(0, 2, 'reading and checking');
    await work(progress);
    progress.update(2, 2);
  } finally {
    progress.stop();
  }
}

async function runImport(
  flags: ImportFlags,
  job: ImportJob,
  progress: Progress,
  write: (
    context: import('../../returns/store/import-context.ts').ImportContext,
  ) => Promise<import('../../returns/store/import-context.ts').ImportCounts>,
): Promise<void> {
  const { importValidated, refuseErrors, resolveCouncil, describeCounts } = await import(
    '../../returns/store/import-return.ts'
  );
  const { describeLeftOut } = await import('../../returns/store/left-out.ts');
  const { userInfo } = await import('node:os');
  // A return with errors is refused before the store is opened or created, unless they are accepted.
  if (flags.acceptErrors !== true) refuseErrors(job.file, job.findings);
  const store = await openMigratedStore(flags);
  try {
    const laCode = await resolveCouncil(store, flags.la, job.fromFile);
    progress.update(1, 2, 'writing to the store');
    const summary = await importValidated(
      store,
      {
        file: job.file,
        paths: job.paths,
        laCode,
        findings: job.findings,
        kind: job.kind,
        acceptErrors: flags.acceptErrors === true,
        read: job.read,
        collectionYear: job.year,
        actor: `cli:${userInfo().username}`,
        startedAt: job.startedAt,
        onProgress: (done, total, table) => progress.update(1 + done / Math.max(total, 1), 2, table),
      },
      write,
    );
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const notes = [
      summary.errors > 0 ? `${plural(summary.errors, 'error', 'errors')} accepted` : '',
      summary.queries > 0 ? `${plural(summary.queries, 'query', 'queries')} to check: run kestrel validate` : '',
    ].filter((n) => n !== '');
    const lines = [
      `Imported ${summary.file} into council ${laCode} as import ${summary.batchId}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}: ${describeCounts(summary.counts)}.`,
    ];
    if (summary.leftOut.length > 0) {
      lines.push(`Left out ${plural(summary.leftOut.length, 'row', 'rows')} the store cannot hold:`);
      for (const row of summary.leftOut.slice(0, LEFT_OUT_SHOWN)) lines.push(`  ${describeLeftOut(row)}`);
      if (summary.leftOut.length > LEFT_OUT_SHOWN)
        lines.push(
          `  ... and ${summary.leftOut.length - LEFT_OUT_SHOWN} more: kestrel imports show ${summary.batchId}`,
        );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await store.close();
  }
}
