/**
 * Writes a CIN census XML file from DatasetCin tables, nesting rows back under their child by
 * LAchildID and under their CINdetails, assessment and plan by the CINdetailsID, AssessmentID and CPPID
 * counters (so a dataset built from the record store must number them as the reader does). Elements
 * follow CIN_schema_<year>.xsd order; Sex or GenderCurrent by year; yes/no items as the schema's 0/1.
 */
import type { DatasetCin, Row, TableCin } from '../cin-census/dataset.ts';
import { sexElementFor } from './columns-cin.ts';
import { XmlFileWriter } from './xml-write.ts';

export interface WriteCinOptions {
  /** The council's 3-digit code for Header/Source/LEA, when the dataset has no Header row. */
  laCode?: string | undefined;
}

type ChildRows = Map<TableCin, Row[]>;

export async function writeCinXml(path: string, dataset: DatasetCin, options: WriteCinOptions = {}): Promise<void> {
  const out = new XmlFileWriter(path);
  out.raw('<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n');
  writeHeader(out, dataset, options);
  out.raw('  <Children>\n');
  const byChild = indexByChild(dataset);
  const written = new Set<string>();
  for (const identifiers of dataset.tables.ChildIdentifiers ?? []) {
    const id = identifiers['LAchildID'] ?? '';
    // A child listed twice gets its other rows once, with the first listing.
    const rows = written.has(id) ? new Map() : (byChild.get(id) ?? new Map());
    written.add(id);
    writeChild(out, dataset.meta.year, identifiers, rows);
    await out.flushIfLarge();
  }
  out.raw('  </Children>\n</Message>\n');
  await out.close();
}

function writeHeader(out: XmlFileWriter, dataset: DatasetCin, options: WriteCinOptions): void {
  const given = dataset.tables.Header?.[0];
  const h: Row = given ?? {
    Collection: 'CIN',
    Year: String(dataset.meta.year),
    ReferenceDate: dataset.meta.referenceDate,
    LEA: options.laCode ?? null,
  };
  out.raw('  <Header>\n    <CollectionDetails>\n');
  for (const item of ['Collection', 'Year', 'ReferenceDate']) out.leaf('      ', item, h[item], false);
  out.raw('    </CollectionDetails>\n');
  if ((h['LEA'] ?? null) !== null) {
    out.raw('    <Source>\n');
    for (const item of ['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'])
      out.leaf('      ', item, h[item], item === 'LEA');
    out.raw('    </Source>\n');
  }
  out.raw('  </Header>\n');
}

function indexByChild(dataset: DatasetCin): Map<string, ChildRows> {
  const index = new Map<string, ChildRows>();
  for (const [table, rows] of Object.entries(dataset.tables) as [TableCin, Row[] | undefined][]) {
    if (table === 'Header' || table === 'ChildIdentifiers') continue;
    for (const row of rows ?? []) {
      const id = row['LAchildID'] ?? '';
      const tables = index.get(id) ?? new Map<TableCin, Row[]>();
      tables.set(table, [...(tables.get(table) ?? []), row]);
      index.set(id, tables);
    }
  }
  return index;
}

function writeChild(out: XmlFileWriter, year: number, ids: Row, rows: ChildRows): void {
  const i = '        ';
  out.raw('    <Child>\n      <ChildIdentifiers>\n');
  for (const item of ['LAchildID', 'UPN', 'FormerUPN', 'UPNunknown', 'PersonBirthDate', 'ExpectedPersonBirthDate'])
    out.leaf(i, item, ids[item], item === 'LAchildID');
  const sex = sexElementFor(year);
  out.leaf(i, sex, ids[sex] ?? ids[sex === 'Sex' ? 'GenderCurrent' : 'Sex'], true);
  out.leaf(i, 'PersonDeathDate', ids['PersonDeathDate'], false);
  out.raw('      </ChildIdentifiers>\n      <ChildCharacteristics>\n');
  out.leaf(i, 'Ethnicity', rows.get('ChildCharacteristics')?.[0]?.['Ethnicity'], true);
  const disabilities = rows.get('Disabilities') ?? [];
  if (disabilities.length > 0) {
    out.raw(`${i}<Disabilities>\n`);
    for (const d of disabilities) out.leaf(`${i}  `, 'Disability', d['Disability'], true);
    out.raw(`${i}</Disabilities>\n`);
  }
  out.raw('      </ChildCharacteristics>\n');
  for (const details of rows.get('CINdetails') ?? []) writeCinDetails(out, details, rows);
  out.raw('    </Child>\n');
}

function writeCinDetails(out: XmlFileWriter, details: Row, rows: ChildRows): void {
  const i = '        ';
  const cin = details['CINdetailsID'];
  const within = (table: TableCin): Row[] => (rows.get(table) ?? []).filter((r) => r['CINdetailsID'] === cin);
  out.raw('      <CINdetails>\n');
  out.leaf(i, 'CINreferralDate', details['CINreferralDate'], true);
  out.leaf(i, 'ReferralSource', details['ReferralSource'], true);
  for (const item of ['PrimaryNeedCode', 'CINclosureDate', 'ReasonForClosure', 'DateOfInitialCPC'])
    out.leaf(i, item, details[item], false);
  const factors = within('AssessmentFactorsList');
  for (const assessment of within('Assessments')) {
    out.raw(`${i}<Assessments>\n`);
    for (const item of ['AssessmentActualStartDate', 'AssessmentInternalReviewDate', 'AssessmentAuthorisationDate'])
      out.leaf(`${i}  `, item, assessment[item], item === 'AssessmentActualStartDate');
    const listed = factors
      .filter((f) => f['AssessmentID'] === assessment['AssessmentID'])
      .map((f) => f['AssessmentFactor'] ?? null);
    const codes =
      listed.length > 0 ? listed : (assessment['AssessmentFactors'] ?? '').split(/[\s,]+/).filter((c) => c !== '');
    if (codes.length > 0) {
      out.raw(`${i}  <FactorsIdentifiedAtAssessment>\n`);
      for (const code of codes) out.leaf(`${i}    `, 'AssessmentFactors', code, true);
      out.raw(`${i}  </FactorsIdentifiedAtAssessment>\n`);
    }
    out.raw(`${i}</Assessments>\n`);
  }
  for (const plan of within('CINplanDates')) {
    out.raw(`${i}<CINPlanDates>\n`);
    out.leaf(`${i}  `, 'CINPlanStartDate', plan['CINPlanStartDate'], true);
    out.leaf(`${i}  `, 'CINPlanEndDate', plan['CINPlanEndDate'], false);
    out.raw(`${i}</CINPlanDates>\n`);
  }
  for (const s47 of within('Section47')) {
    out.raw(`${i}<Section47>\n`);
    for (const item of ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC'])
      out.leaf(`${i}  `, item, s47[item], item === 'S47ActualStartDate');
    out.leaf(`${i}  `, 'ICPCnotRequired', yesNo(s47['ICPCnotRequired']), true);
    out.raw(`${i}</Section47>\n`);
  }
  out.leaf(i, 'ReferralNFA', yesNo(details['ReferralNFA']), true);
  const reviews = within('Reviews');
  for (const plan of within('ChildProtectionPlans')) {
    out.raw(`${i}<ChildProtectionPlans>\n`);
    for (const item of [
      'CPPstartDate',
      'CPPendDate',
      'InitialCategoryOfAbuse',
      'LatestCategoryOfAbuse',
      'NumberOfPreviousCPP',
    ])
      out.leaf(`${i}  `, item, plan[item], item !== 'CPPendDate');
    const dates = reviews.filter((r) => r['CPPID'] === plan['CPPID']);
    if (dates.length > 0) {
      out.raw(`${i}  <Reviews>\n`);
      for (const review of dates) out.leaf(`${i}    `, 'CPPreviewDate', review['CPPreviewDate'], true);
      out.raw(`${i}  </Reviews>\n`);
    }
    out.raw(`${i}</ChildProtectionPlans>\n`);
  }
  out.raw('      </CINdetails>\n');
}

/** The schema's yesnotype is 0/1; the census guidance also accepts true/false, which we normalise. */
function yesNo(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (/^(true|y|yes)$/i.test(value)) return '1';
  if (/^(false|n|no)$/i.test(value)) return '0';
  return value;
}
