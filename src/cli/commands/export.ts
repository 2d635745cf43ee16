/**
 * `kestrel export 903 --year YYYY DIR` (CSV set, or --xml), `kestrel export cin --year YYYY FILE.xml`,
 * `kestrel export annexa --at DATE FILE.xlsx`: build a return from the record store. `--year` names
 * the collection by the year of its 31 March (2025 = 2024-25). Each export writes one audit_log row.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  integerOption,
  isoDateOption,
  laCodeOption,
  openMigratedStore,
  withStoreOptions,
  type StoreFlags,
} from '../options.ts';
import { UsageError } from '../errors.ts';
import { checkWritableFolder, reserveOutputFile, type ReservedFile } from '../output.ts';
import { startProgress, type Progress } from '../progress.ts';

interface ExportFlags extends StoreFlags {
  year?: number;
  at?: string;
  la?: string;
  xml?: boolean;
}

function requireYear(flags: ExportFlags): number {
  if (flags.year === undefined)
    throw new UsageError('give the collection with --year YYYY (the year of its 31 March: 2025 for 2024-25)');
  return flags.year;
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('build a statutory return (903, CIN census, Annex A) from the record store');
  const la = '--la <code>';
  const laHelp = 'council to export (default: the only council in the store)';
  withStoreOptions(
    command
      .command('903')
      .argument('<dir>', 'folder to write the CSV files (or the XML file) into')
      .description('export the SSDA903 return for a year')
      .option('--year <yyyy>', 'collection year by its 31 March', integerOption(2000, 2100))
      .option('--xml', 'write the XML form (EXPSSDA903) instead of the CSV set')
      .option(la, laHelp, laCodeOption),
  ).action(async (dir: string, flags: ExportFlags) => {
    const year = requireYear(flags);
    await checkWritableFolder(dir);
    const { export903 } = await import('../../returns/store/export-903.ts');
    await withCouncil(flags, 'export 903', dir, undefined, async (store, laCode, progress) => {
      // onProgress: export903 takes no progress callback yet; pass progress.update once it does.
      const dataset = await export903(store, laCode, year);
      progress.update(1, 2, 'writing the files');
      if (flags.xml) {
        const { write903Xml } = await import('../../returns/io/write-903-xml.ts');
        const file = join(dir, `SSDA903_${laCode}_${year}.xml`);
        await write903Xml(file, dataset.current);
        return {
          written: file,
          rows: dataset.current.Episodes?.length ?? 0,
          children: dataset.current.Header?.length ?? 0,
        };
      }
      const { write903Csv } = await import('../../returns/io/write-903-csv.ts');
      const files = await write903Csv(dir, dataset.current);
      return {
        written: `${files.length} files in ${dir}`,
        rows: dataset.current.Episodes?.length ?? 0,
        children: dataset.current.Header?.length ?? 0,
      };
    });
  });
  withStoreOptions(
    command
      .command('cin')
      .argument('<file>', 'XML file to write')
      .description('export the CIN census for a year (2022 to 2026)')
      .option('--year <yyyy>', 'census year by its 31 March', integerOption(2000, 2100))
      .option(la, laHelp, laCodeOption),
  ).action(async (file: string, flags: ExportFlags) => {
    const year = requireYear(flags);
    const { CIN_SCHEMA_YEARS } = await import('../../returns/io/xsd.ts');
    if (!(CIN_SCHEMA_YEARS as readonly number[]).includes(year))
      throw new UsageError(
        `the CIN census can be exported for ${CIN_SCHEMA_YEARS[0]} to ${CIN_SCHEMA_YEARS.at(-1)}, not ${year}`,
      );
    const target = await reserveOutputFile(file);
    const { exportCin } = await import('../../returns/store/export-cin.ts');
    const { writeCinXml } = await import('../../returns/io/write-cin-xml.ts');
    await withCouncil(flags, 'export cin', file, target, async (store, laCode, progress) => {
      // onProgress: exportCin takes no progress callback yet; pass progress.update once it does.
      const dataset = await exportCin(store, laCode, year);
      progress.update(1, 2, 'writing the file');
      await writeCinXml(target.temporary, dataset, { laCode });
      return {
        written: file,
        rows: dataset.tables.CINdetails?.length ?? 0,
        children: dataset.tables.ChildIdentifiers?.length ?? 0,
      };
    });
  });
  withStoreOptions(
    command
      .command('annexa')
      .argument('<file>', 'workbook to write (.xlsx)')
      .description('export Ofsted Annex A lists as at a date')
      .option(
        '--at <date>',
        'inspection date YYYY-MM-DD: lists cover the six (or twelve) months before it',
        isoDateOption,
      )
      .option(la, laHelp, laCodeOption),
  ).action(async (file: string, flags: ExportFlags) => {
    if (flags.at === undefined) throw new UsageError('give the inspection date with --at YYYY-MM-DD');
    const at = flags.at;
    const target = await reserveOutputFile(file);
    const { exportAnnexA } = await import('../../returns/store/export-annexa.ts');
    const { writeAnnexAXlsx } = await import('../../returns/io/write-annexa-xlsx.ts');
    await withCouncil(flags, 'export annexa', file, target, async (store, laCode, progress) => {
      // onProgress: exportAnnexA takes no progress callback yet; pass progress.update once it does.
      const annexA = await exportAnnexA(store, laCode, at);
      progress.update(1, 2, 'writing the workbook');
      await writeAnnexAXlsx(target.temporary, annexA);
      const rows = Object.values(annexA).reduce((n, list) => n + (list?.length ?? 0), 0);
      return {
        written: file,
        rows,
        children: new Set(
          Object.values(annexA).flatMap((list) =>
            (list ?? []).flatMap((r) => (r as Record<string, string | null>)['childId'] ?? []),
          ),
        ).size,
      };
    });
  });
}

/**
 * Opens the store, finds the council and runs `work`; the file reserved for the result (`file`, made
 * before the store was opened) is moved into place only when the work and its audit row succeed.
 */
async function withCouncil(
  flags: ExportFlags,
  what: string,
  target: string,
  file: ReservedFile | undefined,
  work: (
    store: import('../../store/db.ts').Store,
    laCode: string,
    progress: Progress,
  ) => Promise<{ written: string; rows: number; children: number }>,
): Promise<void> {
  const { resolveCouncil } = await import('../../returns/store/import-return.ts');
  const { recordAudit } = await import('../../access/audit.ts');
  const progress = startProgress(what, { quiet: flags.quiet });
  let store;
  try {
    store = await openMigratedStore(flags);
    const laCode = await resolveCouncil(store, flags.la, undefined);
    const exists = await store.query('SELECT 1 FROM council WHERE la_code = $1', [laCode]);
    if (exists.length === 0) throw new UsageError(`the store holds no council ${laCode}`, 1);
    progress.update(0, 2, 'reading the records');
    const result = await work(store, laCode, progress);
    await recordAudit(store, {
      laCode,
      actor: 'cli:export',
      action: 'export',
      entity: what.replace('export ', ''),
      detail: { target, children: result.children, rows: result.rows, year: flags.year ?? null, at: flags.at ?? null },
    });
    await file?.commit();
    progress.update(2, 2);
    progress.stop();
    process.stdout.write(
      `Exported ${result.children.toLocaleString('en-GB')} children (${result.rows.toLocaleString('en-GB')} rows) for council ${laCode}: ${result.written}.\n`,
    );
  } catch (error) {
    progress.stop();
    await file?.abandon();
    throw error;
  } finally {
    await store?.close();
  }
}
