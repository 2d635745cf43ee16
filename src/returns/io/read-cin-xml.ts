/**
 * Reads a CIN census XML file (RETURNS.md 2.1) into DatasetCin tables (walked by xml-stream.ts). Each row
 * keeps LAchildID and the counters tying it to its CINdetails, assessment or plan, and its source line
 * is the line of the element it came from. The collection year comes from the Header (Year, else the
 * ReferenceDate) or, when the file has no Header, from the caller.
 */
import { basename } from 'node:path';
import type { DatasetCin, Row, TableCin, TablesCin } from '../cin-census/dataset.ts';
import { TABLES_CIN } from '../cin-census/dataset.ts';
import { COLUMNS_CIN } from './columns-cin.ts';
import { ReturnFileError } from './return-file-error.ts';
import type { SourceLocation, SourceMap } from './source-map.ts';
import { walkXml } from './xml-stream.ts';
import type { XmlVisitor } from './xml-visitor.ts';

export interface ReadCinOptions {
  /** Year of the census reference date, used when the file's Header gives none. */
  year?: number | undefined;
}

export interface ReadCinResult {
  dataset: DatasetCin;
  sources: SourceMap;
}

/** Elements whose opening starts a row of a table, with the parent element the row's items sit in. */
const ROW_ELEMENTS: Record<string, TableCin> = {
  ChildIdentifiers: 'ChildIdentifiers',
  ChildCharacteristics: 'ChildCharacteristics',
  CINdetails: 'CINdetails',
  Assessments: 'Assessments',
  CINPlanDates: 'CINplanDates',
  Section47: 'Section47',
  ChildProtectionPlans: 'ChildProtectionPlans',
};

/** Leaf elements that each make one row of a list table, keyed by the leaf's name. */
const LIST_LEAVES: Record<string, { table: TableCin; column: string }> = {
  Disability: { table: 'Disabilities', column: 'Disability' },
  AssessmentFactors: { table: 'AssessmentFactorsList', column: 'AssessmentFactor' },
  CPPreviewDate: { table: 'Reviews', column: 'CPPreviewDate' },
};

interface Pending {
  table: TableCin;
  row: Row;
  line: number;
}

export async function readCinXml(path: string, options: ReadCinOptions = {}): Promise<ReadCinResult> {
  const file = basename(path);
  let read = new CinReader(file);
  await walkXml(path, 'Message', () => {
    read = new CinReader(file);
    return read;
  });
  const { header, headerLine, tables, sources } = read;
  const year = yearOf(file, header, options.year);
  tables.Header = [headerRow(header)];
  sources['Header'] = [{ file, line: headerLine }];
  if (headerLine === undefined) {
    tables.Header = [];
    sources['Header'] = [];
  }
  const referenceDate = isIsoDate(header['ReferenceDate']) ? (header['ReferenceDate'] as string) : `${year}-03-31`;
  return {
    dataset: { tables, meta: { year, referenceDate, collectionStart: `${year - 1}-04-01` } },
    sources,
  };
}

/** The tables of one walk over a census, filled as the elements open and close. */
class CinReader implements XmlVisitor {
  readonly tables: TablesCin = Object.fromEntries(TABLES_CIN.map((table) => [table, [] as Row[]]));
  readonly sources: SourceMap = Object.fromEntries(TABLES_CIN.map((table) => [table, [] as SourceLocation[]]));
  readonly header: Row = {};
  headerLine: number | undefined;
  private childRows: Pending[] = [];
  /** The row currently open for each row element (Assessments, CINdetails, ...). */
  private readonly openRows = new Map<string, Row>();
  private cin = 0;
  private assessment = 0;
  private cpp = 0;
  /** How many Child and Header elements are open (the paths are only read at those depths). */
  private inChild = 0;
  private inHeader = 0;

  constructor(private readonly file: string) {}

  private startRow(table: TableCin, line: number, column?: string, value?: string | null): Row {
    const row: Row = {};
    for (const name of COLUMNS_CIN[table]) {
      row[name] =
        name === 'CINdetailsID'
          ? String(this.cin)
          : name === 'AssessmentID'
            ? String(this.assessment)
            : name === 'CPPID'
              ? String(this.cpp)
              : name === column
                ? (value ?? null)
                : null;
    }
    this.childRows.push({ table, row, line });
    return row;
  }

  open(name: string, line: number, openPath: readonly string[]): void {
    if (name === 'Header') {
      this.inHeader += 1;
      if (openPath.length === 2) this.headerLine = line;
    }
    if (name === 'Child') {
      this.inChild += 1;
      this.childRows = [];
      this.cin = 0;
    }
    const table = ROW_ELEMENTS[name];
    if (table === undefined || this.inChild === 0) return;
    if (name === 'CINdetails') {
      this.cin += 1;
      this.assessment = 0;
      this.cpp = 0;
    }
    if (name === 'Assessments') this.assessment += 1;
    if (name === 'ChildProtectionPlans') this.cpp += 1;
    this.openRows.set(name, this.startRow(table, line));
  }

  close(name: string, text: string, line: number, openPath: readonly string[]): void {
    const value = text === '' ? null : text;
    const parent = openPath[openPath.length - 2] ?? '';
    if (name === 'Header') this.inHeader -= 1;
    if (this.inHeader > 0 && (parent === 'CollectionDetails' || parent === 'Source')) {
      if (this.header[name] === undefined || this.header[name] === null) this.header[name] = value;
      return;
    }
    if (name === 'Child') {
      this.inChild -= 1;
      flushChild(this.childRows, this.tables, this.sources, this.file);
      this.childRows = [];
      this.openRows.clear();
      return;
    }
    const list = LIST_LEAVES[name];
    if (list !== undefined && this.inChild > 0) {
      this.startRow(list.table, line, list.column, value);
      if (name === 'AssessmentFactors') appendFactor(this.openRows.get('Assessments'), value);
      return;
    }
    const row = this.openRows.get(parent);
    if (row !== undefined && name in row) row[name] = value;
    if (ROW_ELEMENTS[name] !== undefined) this.openRows.delete(name);
  }
}

/** Emits one child's rows, each stamped with the child's LAchildID. */
function flushChild(rows: Pending[], tables: TablesCin, sources: SourceMap, file: string): void {
  const id = rows.find((p) => p.table === 'ChildIdentifiers')?.row['LAchildID'] ?? null;
  for (const pending of rows) {
    pending.row['LAchildID'] = id;
    (tables[pending.table] ??= []).push(pending.row);
    (sources[pending.table] ??= []).push({ file, line: pending.line });
  }
}

function appendFactor(assessment: Row | undefined, factor: string | null): void {
  if (assessment === undefined || factor === null) return;
  const before = assessment['AssessmentFactors'];
  assessment['AssessmentFactors'] = before === null || before === undefined ? factor : `${before},${factor}`;
}

function headerRow(header: Row): Row {
  const row: Row = {};
  for (const column of COLUMNS_CIN.Header) row[column] = header[column] ?? null;
  return row;
}

function yearOf(file: string, header: Row, fallback: number | undefined): number {
  const fromYear = /^\d{4}$/.test(header['Year'] ?? '') ? Number(header['Year']) : undefined;
  const fromDate = isIsoDate(header['ReferenceDate'])
    ? Number((header['ReferenceDate'] as string).slice(0, 4))
    : undefined;
  const year = fromYear ?? fromDate ?? fallback;
  if (year === undefined) {
    throw new ReturnFileError(
      file,
      'the file has no Header giving the collection Year or ReferenceDate; give the year (for example --year 2025).',
    );
  }
  return year;
}

function isIsoDate(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
