/**
 * Reading and validating a return file as the commands need it: the right reader for the form (a
 * folder or .csv files = the 903 CSV set; .xml = XML), the collection year (given, from the CIN
 * Header, or for the 903 inferred from the latest date in the file), the XSD check for XML, then the
 * DfE rules for that year. Returns findings with file and line; a file that cannot be read at all
 * becomes one ReturnImportError with a plain sentence.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Finding } from '../findings.ts';
import type { Dataset903 } from '../ssda903/dataset.ts';
import type { DatasetCin } from '../cin-census/dataset.ts';
import { isoDatesInCsv } from '../io/csv-date-form.ts';
import { isReturnFileError } from '../io/return-file-error.ts';
import { withPrevious, type SourceMap } from '../io/source-map.ts';
import { collectionMeta } from '../ssda903/dataset.ts';
import type { Rule903 } from '../ssda903/rules/rule.ts';
import { runRules, tables903, toFindings, sortFindings } from '../report/to-findings.ts';
import { isoFromCell } from './codes.ts';
import type { PostcodeDirectory } from '../io/ons-postcodes.ts';
import { derivePostcodeFields, inferCouncil } from '../ssda903/postcode-fields.ts';

/** A problem with a return file or its import, for the person at the terminal (src/cli/main.ts prints it). */
export class ReturnImportError extends Error {
  override name = 'ReturnImportError';
  readonly userFacing = true;
}

export interface Validated903 {
  dataset: Dataset903;
  sources: SourceMap;
  findings: Finding[];
  format: 'csv' | 'xml';
}

export interface ValidatedCin {
  dataset: DatasetCin;
  sources: SourceMap;
  findings: Finding[];
}

/** Runs `work`, turning a reader's ReturnFileError into one plain ReturnImportError. */
export async function plainErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isReturnFileError(error)) throw new ReturnImportError(error.describe());
    throw error;
  }
}

async function isXml(path: string): Promise<boolean> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ReturnImportError(`${path}: the file or folder does not exist.`);
  }
  return info.isFile() && extname(path).toLowerCase() === '.xml';
}

export interface Validate903Options {
  year?: number | undefined;
  /** The council's DfE three-digit code (rules 411, 1015 and PL_LOCATION); inferred from the home postcodes when not given and `postcodes` is. */
  laCode?: string | undefined;
  /** Last year's return (a folder of CSV files, the CSV files, or the XML file), for the rules that compare years. */
  previous?: readonly string[] | undefined;
  /** The ONS postcode directory: rule 392c checks postcodes exist, and PL_LA and PL_LOCATION are derived from it. */
  postcodes?: PostcodeDirectory | undefined;
}

/**
 * Reads a 903 return in either form: the CSV set (a folder or the files) or the XML file. Each form's
 * reader is loaded when a file of that form comes: the XML reader's parser is not loaded for a CSV set
 * (start-up is most of a small validation's time, docs/BENCHMARKS.md).
 */
async function read903(
  paths: readonly string[],
): Promise<{ tables: Dataset903['current']; sources: SourceMap; xml: boolean }> {
  const xml = paths.length === 1 && (await isXml(paths[0]!));
  const read = xml
    ? await (await import('../io/read-903-xml.ts')).read903XmlTables(paths[0]!)
    : await (await import('../io/read-903-csv.ts')).read903CsvTables(paths);
  if (xml) markUasc(read.tables);
  return { tables: read.tables, sources: read.sources, xml };
}

export async function validate903(paths: readonly string[], options: Validate903Options): Promise<Validated903> {
  return plainErrors(async () => {
    if (paths.length === 0)
      throw new ReturnImportError('give the 903 return: a folder of CSV files, the CSV files, or the XML file.');
    const xml = paths.length === 1 && (await isXml(paths[0]!));
    const schema = xml ? (await import('../io/xsd-aside.ts')).startXsdAside(paths[0]!, '903', undefined) : undefined;
    try {
      const read = await read903(paths);
      // Last year's findings are not reported: its tables are only what this year's rules compare with.
      const last = options.previous === undefined ? undefined : await read903(options.previous);
      const previous = last?.tables;
      const year = options.year ?? infer903Year(read.tables);
      const { postcodes } = options;
      const laCode = options.laCode ?? (postcodes ? inferCouncil(read.tables, postcodes) : undefined);
      if (postcodes) {
        derivePostcodeFields(read.tables, postcodes, laCode);
        if (previous) derivePostcodeFields(previous, postcodes, laCode);
      }
      const dataset: Dataset903 = {
        current: read.tables,
        previous,
        meta: { ...collectionMeta(year, laCode), fileFormat: xml ? 'xml' : 'csv', postcodes },
      };
      const sources = last ? withPrevious(read.sources, last.sources) : read.sources;
      // Each return's rules are loaded only when that return is checked: a few hundred modules whose
      // loading is most of a small validation's time (docs/BENCHMARKS.md).
      const { rulesFor } = await import('../ssda903/rules/registry.ts');
      const { results, failures } = runRules(rulesToRun903(rulesFor(year), dataset), dataset);
      const schemaFindings = schema ? await schema.findings(undefined) : [];
      const findings = [
        ...schemaFindings,
        ...(xml ? [] : isoDatesInCsv(read.tables, read.sources)),
        ...failures,
        ...toFindings(results, tables903(dataset.current, previous), sources, 'CHILD'),
      ];
      return { dataset, sources, findings: sortFindings(findings), format: xml ? 'xml' : 'csv' };
    } finally {
      schema?.stop();
    }
  });
}

export async function validateCin(path: string, options: { year?: number | undefined }): Promise<ValidatedCin> {
  return plainErrors(async () => {
    if (!(await isXml(path))) throw new ReturnImportError(`${path}: expected the CIN census as an .xml file.`);
    const [{ readCinXml }, { CIN_SCHEMA_YEARS, peekHeaderYear }, { startXsdAside }] = await Promise.all([
      import('../io/read-cin-xml.ts'),
      import('../io/xsd.ts'),
      import('../io/xsd-aside.ts'),
    ]);
    // The schema check starts at once in a worker for the year the Header gives; a file whose year
    // turns out otherwise is checked again for the right one (xsd-aside.ts).
    const schema = startXsdAside(path, 'cin', options.year ?? (await peekHeaderYear(path)));
    try {
      const read = await readCinXml(path, { year: options.year });
      const year = options.year ?? read.dataset.meta.year;
      if (!(CIN_SCHEMA_YEARS as readonly number[]).includes(year)) {
        throw new ReturnImportError(
          `${path}: the census year ${year} is not supported; Kestrel reads the CIN census for ${CIN_SCHEMA_YEARS[0]} to ${CIN_SCHEMA_YEARS.at(-1)}.`,
        );
      }
      const dataset: DatasetCin =
        options.year === undefined
          ? read.dataset
          : { ...read.dataset, meta: { year, referenceDate: `${year}-03-31`, collectionStart: `${year - 1}-04-01` } };
      // A score of rules join on the same children and episodes: each grouping is made once (cin-census/rules/joins.ts).
      const { rulesFor } = await import('../cin-census/rules/registry.ts');
      const { rememberingGroups } = await import('../cin-census/rules/joins.ts');
      const { results, failures } = rememberingGroups(() => runRules(rulesFor(year), dataset));
      const schemaFindings = await schema.findings(year);
      const findings = [
        ...schemaFindings,
        ...failures,
        ...toFindings(results, dataset.tables, read.sources, 'LAchildID'),
      ];
      return { dataset, sources: read.sources, findings: sortFindings(findings) };
    } finally {
      schema.stop();
    }
  });
}

/**
 * Rules 169, 179, 392a and 1015 require PL_LA, PL_LOCATION and PL_DISTANCE, which no 903 file holds: the
 * DfE derives them from the postcodes. Given the ONS directory, validate903 derives PL_LA and PL_LOCATION
 * (ssda903/postcode-fields.ts); PL_DISTANCE needs northings the shipped directory lacks. Without a
 * column the rule would flag every episode, so it runs only when the dataset carries the column.
 */
export const POSTCODE_DERIVED_RULES: ReadonlyMap<string, string> = new Map([
  ['169', 'PL_LA'],
  ['179', 'PL_LOCATION'],
  ['392a', 'PL_DISTANCE'],
  ['1015', 'PL_LA'],
]);

export function rulesToRun903(rules: readonly Rule903[], dataset: Dataset903): Rule903[] {
  const episodes = dataset.current.Episodes ?? [];
  return rules.filter((rule) => {
    const column = POSTCODE_DERIVED_RULES.get(rule.code);
    return column === undefined || episodes.some((row) => column in row);
  });
}

/**
 * The XML carries a UASC flag in each child's HEADER (rules 105, 205A-D read it). As the DfE's
 * ingress does (RETURNS.md 1.2), the Header row's UASC is 1 when the child has a UASC row, else 0.
 */
function markUasc(tables: Dataset903['current']): void {
  const uasc = new Set((tables.UASC ?? []).map((row) => row['CHILD']));
  for (const row of tables.Header ?? []) row['UASC'] = uasc.has(row['CHILD'] ?? null) ? '1' : '0';
}

/**
 * The 903 files do not say their year: the collection is the one whose 31 March is on or after the
 * latest episode, review or missing date in the file (a return holds nothing after its 31 March).
 */
export function infer903Year(tables: Dataset903['current']): number {
  let latest: string | null = null;
  const columns: [keyof Dataset903['current'], string[]][] = [
    ['Episodes', ['DECOM', 'DEC']],
    ['Reviews', ['REVIEW']],
    ['Missing', ['MIS_START', 'MIS_END']],
  ];
  for (const [table, names] of columns) {
    for (const row of tables[table] ?? []) {
      for (const name of names) {
        const date = isoFromCell(row[name]);
        if (date !== null && (latest === null || date > latest)) latest = date;
      }
    }
  }
  if (latest === null) {
    throw new ReturnImportError(
      'cannot tell the collection year: the return has no episode, review or missing dates. Give it with --year (2025 for 2024-25).',
    );
  }
  const y = Number(latest.slice(0, 4));
  return Number(latest.slice(5, 7)) >= 4 ? y + 1 : y;
}

/** Up to `limit` errors as lines for a refusal message. */
export function describeErrors(findings: readonly Finding[], limit = 10): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const lines = errors.slice(0, limit).map((f) => {
    const where = f.source ? `${f.source.file}${f.source.line === undefined ? '' : ` line ${f.source.line}`}` : f.table;
    return `  ${f.code} ${where}${f.child ? ` child ${f.child}` : ''}: ${f.message}`;
  });
  if (errors.length > limit)
    lines.push(`  ... and ${errors.length - limit} more (run kestrel validate for the full report)`);
  return lines.join('\n');
}
