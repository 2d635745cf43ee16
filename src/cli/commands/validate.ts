/**
 * `kestrel validate 903 PATH...` and `kestrel validate cin FILE.xml`: read the return, check XML
 * against its schema, run the DfE rules of the collection year and report the findings as a table,
 * JSON, CSV, XLSX or HTML. `kestrel validate annexa FILE.xlsx` checks a workbook as an import reads it.
 * Exit code 1 when there is any error, 0 when there are only queries.
 */
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import type { Finding } from '../../returns/findings.ts';
import { integerOption } from '../options.ts';
import { UsageError } from '../errors.ts';

const FORMATS = ['table', 'json', 'csv', 'xlsx', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface ValidateFlags {
  year?: number;
  format: Format;
  output?: string;
}

function formatOption(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

/** Writes the report where asked; returns the exit code. */
export async function writeReport(findings: Finding[], flags: ValidateFlags, title: string): Promise<number> {
  const { renderTerminal, renderJson, renderCsv, summaryLine } = await import('../../returns/report/render-text.ts');
  const { exitCodeFor } = await import('../../returns/report/to-findings.ts');
  let body: string | Buffer;
  switch (flags.format) {
    case 'json': body = renderJson(findings); break;
    case 'csv': body = renderCsv(findings); break;
    case 'xlsx': {
      if (flags.output === undefined) throw new UsageError('--format xlsx writes a workbook: give the file with --output FILE.xlsx');
      const { renderXlsx } = await import('../../returns/report/render-xlsx.ts');
      body = await renderXlsx(findings);
      break;
    }
    case 'html': {
      const { renderHtml } = await import('../../returns/report/render-html.ts');
      body = renderHtml(findings, { title, subtitle: `Checked ${new Date().toISOString().slice(0, 10)}` });
      break;
    }
    default: body = renderTerminal(findings, Math.max(80, process.stdout.columns ?? 120));
  }
  if (flags.output !== undefined) {
    await writeFile(flags.output, body);
    process.stdout.write(`${summaryLine(findings)} Report written to ${flags.output}.\n`);
  } else {
    process.stdout.write(body);
  }
  return exitCodeFor(findings);
}

function withReportOptions(command: Command): Command {
  return command
    .option('--year <yyyy>', 'collection year by its 31 March (2025 = 2024-25); default: from the file', integerOption(2000, 2100))
    .option('--format <format>', `report format: ${FORMATS.join(', ')}`, formatOption, 'table')
    .option('--output <file>', 'write the report to this file instead of the terminal');
}

export function registerValidate(program: Command): void {
  const validate = program.command('validate').description('check a statutory return against its schema and the DfE validation rules');
  withReportOptions(
    validate.command('903').argument('<path...>', 'folder of 903 CSV files, the CSV files, or the XML file').description('check an SSDA903 return (CSV set or XML)'),
  ).action(async (paths: string[], flags: ValidateFlags) => {
    const { validate903 } = await import('../../returns/store/validate.ts');
    const result = await validate903(paths, { year: flags.year });
    const year = result.dataset.meta.year;
    process.exitCode = await writeReport(result.findings, flags, `SSDA903 ${year - 1}-${String(year).slice(2)}: validation report`);
  });
  withReportOptions(
    validate.command('cin').argument('<file>', 'CIN census XML file').description('check a CIN census XML file (2022 to 2026)'),
  ).action(async (file: string, flags: ValidateFlags) => {
    const { validateCin } = await import('../../returns/store/validate.ts');
    const result = await validateCin(file, { year: flags.year });
    const year = result.dataset.meta.year;
    process.exitCode = await writeReport(result.findings, flags, `CIN census ${year - 1}-${String(year).slice(2)}: validation report`);
  });
  // Annex A has no DfE rules: the check is what an import would refuse (a missing required cell, a date
  // that is not a date) and what it would leave out (codes it cannot map, as queries).
  withReportOptions(
    validate.command('annexa').argument('<file>', 'Annex A workbook (.xlsx, sheets List 1 to List 11)').description('check an Ofsted Annex A workbook as an import would read it'),
  ).action(async (file: string, flags: ValidateFlags) => {
    const { readAnnexA } = await import('../../returns/store/import-annexa.ts');
    const result = await readAnnexA(file);
    process.exitCode = await writeReport(result.findings, flags, 'Annex A: import check');
  });
}
