/**
 * `kestrel import 903 PATH...`, `kestrel import cin FILE.xml`, `kestrel import annexa FILE.xlsx`: map a
 * return into the record store. The file is validated first and refused whole when it has errors;
 * otherwise it is written in one transaction with one audit_log row. Re-importing changes nothing.
 */
import type { Command } from 'commander';
import { integerOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { checkInputFile } from '../input.ts';
import { startProgress, type Progress } from '../progress.ts';

interface ImportFlags extends StoreFlags {
  year?: number;
  la?: string;
}

function withImportOptions(command: Command, withYear: boolean): Command {
  const base = command.option(
    '--la <code>',
    "council the return belongs to (default: the file's LEA, or the only council in the store)",
    laCodeOption,
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
    await withProgress('import 903', flags, async (progress) => {
      const validated = await validate903(paths, { year: flags.year, laCode: flags.la });
      await runImport(flags, paths.join(', '), '903', validated.findings, undefined, progress, (context) =>
        import903(context, validated.dataset),
      );
    });
  });
  withImportOptions(
    command.command('cin').argument('<file>', 'CIN census XML file').description('import a CIN census (2022 to 2026)'),
    true,
  ).action(async (file: string, flags: ImportFlags) => {
    await checkInputFile(file);
    const { validateCin } = await import('../../returns/store/validate.ts');
    const { importCin } = await import('../../returns/store/import-cin.ts');
    await withProgress('import cin', flags, async (progress) => {
      const validated = await validateCin(file, { year: flags.year });
      const lea = validated.dataset.tables.Header?.[0]?.['LEA'] ?? undefined;
      await runImport(flags, file, 'cin', validated.findings, lea, progress, (context) =>
        importCin(context, validated.dataset),
      );
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
    await withProgress('import annexa', flags, async (progress) => {
      const read = await readAnnexA(file);
      await runImport(flags, file, 'annexa', read.findings, undefined, progress, (context) =>
        importAnnexA(context, read.annexA),
      );
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
  file: string,
  kind: string,
  findings: import('../../returns/findings.ts').Finding[],
  fromFile: string | undefined,
  progress: Progress,
  write: (
    context: import('../../returns/store/import-context.ts').ImportContext,
  ) => Promise<import('../../returns/store/import-context.ts').ImportCounts>,
): Promise<void> {
  const { importValidated, refuseErrors, resolveCouncil, describeCounts } = await import(
    '../../returns/store/import-return.ts'
  );
  refuseErrors(file, findings); // a return with errors is refused before the store is opened or created
  const store = await openMigratedStore(flags);
  try {
    const laCode = await resolveCouncil(store, flags.la, fromFile);
    progress.update(1, 2, 'writing to the store');
    const summary = await importValidated(
      store,
      {
        file,
        laCode,
        findings,
        kind,
        onProgress: (done, total, table) => progress.update(1 + done / Math.max(total, 1), 2, table),
      },
      write,
    );
    const queries =
      summary.queries > 0
        ? ` (${summary.queries} quer${summary.queries === 1 ? 'y' : 'ies'} to check: run kestrel validate)`
        : '';
    process.stdout.write(
      `Imported ${summary.file} into council ${laCode}${queries}: ${describeCounts(summary.counts)}.\n`,
    );
  } finally {
    await store.close();
  }
}
