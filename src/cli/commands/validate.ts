/**
 * `kestrel validate 903 PATH...` and `kestrel validate cin FILE.xml`: read the return, check XML
 * against its schema, run the DfE rules of the collection year and report the findings as a table,
 * JSON, CSV, XLSX or HTML. `kestrel validate annexa FILE.xlsx` checks a workbook as an import reads it.
 * Exit code 1 when there is any error, 0 when there are only queries.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Finding } from '../../returns/findings.ts';
import { integerOption, laCodeOption, type CommonFlags } from '../options.ts';
import { UsageError } from '../errors.ts';
import { checkInputFile } from '../input.ts';
import { openOutputFile, stdoutOutput, type Output } from '../output.ts';
import { startProgress, type Progress } from '../progress.ts';

const FORMATS = ['table', 'json', 'csv', 'xlsx', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface ValidateFlags extends CommonFlags {
  year?: number;
  format: Format;
  output?: string;
}

interface Validate903Flags extends ValidateFlags {
  la?: string;
  previous?: string[];
}

function formatOption(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

/** Refuses a path that does not exist before any reading starts (a usage error, exit 2). */
async function checkInputPath(path: string, option: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  try {
    await stat(path);
  } catch {
    throw new UsageError(`${option}: ${path} does not exist`);
  }
}

/**
 * Checks the options and opens the report's file before any reading starts (an unwritable path is
 * refused at once, not after a minute of checking), runs `check`, writes the report and returns the
 * exit code. Validation opens no store: a return is checked on its own.
 */
export async function validateAndReport(
  flags: ValidateFlags,
  check: () => Promise<{ findings: Finding[]; title: string }>,
): Promise<number> {
  if (flags.format === 'xlsx' && flags.output === undefined)
    throw new UsageError('--format xlsx writes a workbook: give the file with --output FILE.xlsx');
  const output = flags.output === undefined ? stdoutOutput() : await openOutputFile(flags.output);
  const progress = startProgress('validate', { quiet: flags.quiet });
  try {
    // The readers and rules take no progress callback yet: the steps are reported here.
    progress.update(0, 1, 'reading and checking');
    const { findings, title } = await check();
    // A report on stdout shares the terminal with the bar: the bar goes first.
    if (output.path === undefined) progress.stop();
    else progress.update(0, findings.length, 'writing the report');
    await writeReport(findings, flags.format, title, output, output.path === undefined ? undefined : progress);
    await output.finish();
    progress.stop();
    const { summaryLine } = await import('../../returns/report/render-text.ts');
    if (output.path !== undefined) process.stdout.write(`${summaryLine(findings)} Report written to ${output.path}.\n`);
    const { exitCodeFor } = await import('../../returns/report/to-findings.ts');
    return exitCodeFor(findings);
  } catch (error) {
    progress.stop();
    await output.abandon();
    throw error;
  }
}

/** Writes the report in `format`: JSON and CSV row by row, the formats meant for reading capped. */
async function writeReport(
  findings: Finding[],
  format: Format,
  title: string,
  output: Output,
  progress: Progress | undefined,
): Promise<void> {
  const { renderTerminal, jsonChunks, csvChunks } = await import('../../returns/report/render-text.ts');
  const stream = async (chunks: Iterable<string>): Promise<void> => {
    let row = 0;
    for (const chunk of chunks) {
      await output.write(chunk);
      if (++row % 10_000 === 0) progress?.update(Math.min(row, findings.length), findings.length, 'writing the report');
    }
  };
  switch (format) {
    case 'json':
      return stream(jsonChunks(findings));
    case 'csv':
      return stream(csvChunks(findings));
    case 'xlsx': {
      const { writeFindingsXlsx } = await import('../../returns/report/render-xlsx.ts');
      return writeFindingsXlsx(findings, output.stream);
    }
    case 'html': {
      const { renderHtml } = await import('../../returns/report/render-html.ts');
      return output.write(
        renderHtml(findings, { title, subtitle: `Checked ${new Date().toISOString().slice(0, 10)}` }),
      );
    }
    default:
      return output.write(renderTerminal(findings, Math.max(80, process.stdout.columns ?? 120)));
  }
}

function withReportOptions(command: Command): Command {
  return command
    .option(
      '--year <yyyy>',
      'collection year by its 31 March (2025 = 2024-25); default: from the file',
      integerOption(2000, 2100),
    )
    .option('--format <format>', `report format: ${FORMATS.join(', ')}`, formatOption, 'table')
    .option('--output <file>', 'write the report to this file instead of the terminal');
}

export function registerValidate(program: Command): void {
  const validate = program
    .command('validate')
    .description('check a statutory return against its schema and the DfE validation rules');
  withReportOptions(
    validate
      .command('903')
      .argument('<path...>', 'folder of 903 CSV files, the CSV files, or the XML file')
      .description('check an SSDA903 return (CSV set or XML)')
      .option(
        '--previous <path...>',
        "last year's return (folder of CSV files, the CSV files, or the XML file), for the rules that compare years",
      )
      .option(
        '--la <code>',
        "the council's three-digit code, for the in/out-of-area rules (default: the council of most home postcodes)",
        laCodeOption,
      ),
  ).action(async (paths: string[], flags: Validate903Flags) => {
    for (const path of flags.previous ?? []) await checkInputPath(path, '--previous');
    process.exitCode = await validateAndReport(flags, async () => {
      const { validate903 } = await import('../../returns/store/validate.ts');
      const { openPostcodeDirectory } = await import('../../returns/io/ons-postcodes.ts');
      const result = await validate903(paths, {
        year: flags.year,
        laCode: flags.la,
        previous: flags.previous,
        postcodes: openPostcodeDirectory(),
      });
      const year = result.dataset.meta.year;
      return { findings: result.findings, title: `SSDA903 ${year - 1}-${String(year).slice(2)}: validation report` };
    });
  });
  withReportOptions(
    validate
      .command('cin')
      .argument('<file>', 'CIN census XML file')
      .description('check a CIN census XML file (2022 to 2026)'),
  ).action(async (file: string, flags: ValidateFlags) => {
    await checkInputFile(file);
    process.exitCode = await validateAndReport(flags, async () => {
      const { validateCin } = await import('../../returns/store/validate.ts');
      const result = await validateCin(file, { year: flags.year });
      const year = result.dataset.meta.year;
      return { findings: result.findings, title: `CIN census ${year - 1}-${String(year).slice(2)}: validation report` };
    });
  });
  // Annex A has no DfE rules: the check is what an import would refuse (a missing required cell, a date
  // that is not a date) and what it would leave out (codes it cannot map, as queries).
  withReportOptions(
    validate
      .command('annexa')
      .argument('<file>', 'Annex A workbook (.xlsx, sheets List 1 to List 11)')
      .description('check an Ofsted Annex A workbook as an import would read it'),
  ).action(async (file: string, flags: ValidateFlags) => {
    await checkInputFile(file);
    process.exitCode = await validateAndReport(flags, async () => {
      const { readAnnexA } = await import('../../returns/store/import-annexa.ts');
      const result = await readAnnexA(file);
      return { findings: result.findings, title: 'Annex A: import check' };
    });
  });
}
