/**
 * Checks an XML return against its schema with libxml2 (compiled to WebAssembly): the CIN census
 * against CIN_schema_<year>.xsd, the 903 against SSDA903_CLA_2021.xsd. Every problem becomes a
 * Finding with the line, the element and, where the path shows it, the child's id. The file's bytes
 * go to libxml2 in one buffer (no string copies), and each schema is compiled once per process.
 * libxml2 is loaded on first use: the check normally runs in a worker (xsd-aside.ts), and the module
 * costs over 100 MB when loaded through tsx, which the thread reading the file need not carry.
 */
import { open, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ErrorDetail, XmlDocument, XsdValidator } from 'libxml2-wasm';
import type { Finding } from '../findings.ts';
import { ReturnFileError } from './return-file-error.ts';
import { assertTextFile, unreadable } from './sniff.ts';
import { validateCapped } from './xsd-capped.ts';

export type XmlReturn = 'cin' | '903';

const SCHEMA_DIR = join(import.meta.dirname, '..', 'schemas');
export const CIN_SCHEMA_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
/** libxml2 keeps reporting after the first problem; a broken export can hold one per child. */
const MAX_FINDINGS = 5000;
/** The code XSD findings carry, so reports can tell them from DfE rule codes. */
export const XSD_CODE = 'XSD';

export interface XsdOptions {
  /** The census year whose schema applies; read from the file's Header Year when not given. */
  year?: number | undefined;
}

/** The schema file for a return (and year, for the CIN census). Throws ReturnFileError for unknown years. */
export function schemaFileFor(kind: XmlReturn, year: number | undefined, file: string): string {
  if (kind === '903') return join(SCHEMA_DIR, 'SSDA903_CLA_2021.xsd');
  if (year === undefined) {
    throw new ReturnFileError(
      file,
      "cannot tell which year's CIN schema applies: the file gives no Header Year. Give the year (for example --year 2025).",
    );
  }
  if (!(CIN_SCHEMA_YEARS as readonly number[]).includes(year)) {
    throw new ReturnFileError(
      file,
      `there is no CIN schema for ${year}; schemas exist for ${CIN_SCHEMA_YEARS[0]} to ${CIN_SCHEMA_YEARS[CIN_SCHEMA_YEARS.length - 1]}.`,
    );
  }
  return join(SCHEMA_DIR, `CIN_schema_${year}.xsd`);
}

type Libxml2 = typeof import('libxml2-wasm');
let loaded: Promise<Libxml2> | undefined;

function libxml2(): Promise<Libxml2> {
  loaded ??= import('libxml2-wasm');
  return loaded;
}

const validators = new Map<string, XsdValidator>();

async function validatorFor(schemaFile: string): Promise<XsdValidator> {
  const cached = validators.get(schemaFile);
  if (cached !== undefined) return cached;
  const { XmlDocument, XsdValidator } = await libxml2();
  const schemaDoc = XmlDocument.fromBuffer(await readFile(schemaFile), { url: schemaFile });
  const validator = XsdValidator.fromDoc(schemaDoc);
  // The validator keeps what it needs from the schema document.
  schemaDoc.dispose();
  validators.set(schemaFile, validator);
  return validator;
}

/**
 * Validates `path` and returns one Finding per schema problem (empty when the file is valid).
 * A file that is not well-formed XML gives a single finding at the line where parsing stopped.
 */
export async function validateXmlFile(path: string, kind: XmlReturn, options: XsdOptions = {}): Promise<Finding[]> {
  const file = basename(path);
  await assertTextFile(path, 'XML');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ReturnFileError(file, unreadable(error));
  }
  const year = kind === 'cin' ? (options.year ?? headerYear(bytes)) : undefined;
  const validator = await validatorFor(schemaFileFor(kind, year, file));
  const { XmlDocument, XmlParseError, XmlError, ParseOption } = await libxml2();
  // Line numbers past 65,535 kept (without it every problem further down is reported at 65535);
  // whitespace between elements dropped (the schema ignores it) and short text stored in its node:
  // the tree of a 50 MB census then takes about 90 MB less.
  const option = ParseOption.XML_PARSE_BIG_LINES | ParseOption.XML_PARSE_NOBLANKS | ParseOption.XML_PARSE_COMPACT;
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(bytes, { url: file, option });
  } catch (error) {
    if (error instanceof XmlParseError)
      return toFindings(file, error.details.slice(0, 1), undefined, kind, 'The file is not well-formed XML: ');
    throw error;
  }
  try {
    // Past the cap problems are counted, not described: the check stays linear in the file's size
    // however many problems it has (xsd-capped.ts).
    const result = await validateCapped(validator, doc, MAX_FINDINGS);
    if (result.status < 0) throw new XmlError(`${file}: the schema check could not run (libxml2 internal error)`);
    // Problems real systems' files have that the DfE's rules accept: dates with spaces around them (xs:date
    // collapses whitespace) and, in the CIN census, booleans written true/false (rule 8568).
    const accepted = result.details.filter(
      (d) => !isSpacedDate(d.message) && (kind !== 'cin' || !isWordYesNo(d.message)),
    );
    const findings = result.status === 0 ? [] : toFindings(file, accepted, doc, kind, '');
    const untold = result.total - result.details.length;
    if (untold > 0)
      findings.push({
        table: 'XML',
        row: findings.length,
        code: XSD_CODE,
        severity: 'error',
        message: `${untold.toLocaleString('en-GB')} more schema problems are not listed (the first ${MAX_FINDINGS.toLocaleString('en-GB')} are); correct these and check again.`,
        fields: [],
        source: { file },
      });
    return findings;
  } finally {
    doc.dispose();
  }
}

/** The census's yes/no items (yesnotype in every CIN schema, 2022 to 2026). */
const YES_NO_ELEMENTS = new Set(['ReferralNFA', 'ICPCnotRequired']);

/**
 * True for the schema's refusal of `true` or `false` in a yes/no item. The CIN schemas enumerate only
 * 0 and 1 (yesnotype), but the DfE's own rule 8568 (and the CIN census guidance) takes true, false, 1
 * and 0, and councils' systems write both: the DfE's reading wins, and the rules check the value
 * (cin-census/rules/cells.ts yesNo). libxml2 reports such a value twice (the enumeration facet, then the
 * atomic type); both go.
 */
function isWordYesNo(message: string): boolean {
  const match = /^Element '([^']+)': (?:\[facet 'enumeration'\] The value )?'(true|false)'/i.exec(message.trim());
  return match !== null && YES_NO_ELEMENTS.has(match[1]!);
}

/**
 * True for libxml2's refusal of a date with spaces around it (`<CINreferralDate> 2024-07-01 </...>`).
 * XML Schema fixes whiteSpace="collapse" for xs:date (XSD 1.0 part 2, 3.2.9), so the value is valid
 * as the schema defines it and councils' systems write it; the readers trim it (xml-scan.ts).
 */
function isSpacedDate(message: string): boolean {
  const match = /^Element '[^']+': '([^']*)' is not a valid value of the atomic type 'xs:date'/.exec(message.trim());
  return match !== null && match[1] !== match[1]!.trim() && /^\d{4}-\d{2}-\d{2}$/.test(match[1]!.trim());
}

/** The census Year in the Header of the file at `path` (its first 8 KB), as validateXmlFile reads it. */
export async function peekHeaderYear(path: string): Promise<number | undefined> {
  // An unreadable file gives undefined here: validateXmlFile and the reader report it in their words.
  const file = await open(path, 'r').catch(() => undefined);
  if (file === undefined) return undefined;
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return headerYear(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

/** The census Year from the Header, which sits at the top of the file: only the first bytes are read. */
function headerYear(bytes: Buffer): number | undefined {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const match = /<Year>\s*(\d{4})\s*<\/Year>/.exec(head);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function toFindings(
  file: string,
  details: readonly ErrorDetail[],
  doc: XmlDocument | undefined,
  kind: XmlReturn,
  prefix: string,
): Finding[] {
  const childIds = new Map<string, string | undefined>();
  return details.map((detail, index) => {
    const element = /^Element '([^']+)'/.exec(detail.message)?.[1];
    const childPath = detail.xpath === undefined ? undefined : childPathOf(detail.xpath, kind);
    let child: string | undefined;
    if (doc !== undefined && childPath !== undefined) {
      if (!childIds.has(childPath)) childIds.set(childPath, childIdAt(doc, childPath, kind));
      child = childIds.get(childPath);
    }
    return {
      table: 'XML',
      row: index,
      code: XSD_CODE,
      severity: 'error',
      message: prefix + plainMessage(detail.message),
      fields: element === undefined ? [] : [element],
      child,
      source: { file, line: detail.line > 0 ? detail.line : undefined },
    } satisfies Finding;
  });
}

/** "Element 'Sex': This element is not expected." -> "Sex: this element is not expected." */
function plainMessage(message: string): string {
  return message
    .trim()
    .replace(/^Element '([^']+)':\s*/, '$1: ')
    .replace(/\[facet '[^']+'\]\s*/, '');
}

/** The path of the CHILD / Child element an error sits in, e.g. /Message/Children/Child[3]. */
function childPathOf(xpath: string, kind: XmlReturn): string | undefined {
  const pattern = kind === 'cin' ? /^\/Message\/Children\/Child(\[\d+\])?/ : /^\/EXPSSDA903\/CHILD(\[\d+\])?/;
  return pattern.exec(xpath)?.[0];
}

function childIdAt(doc: XmlDocument, childPath: string, kind: XmlReturn): string | undefined {
  const idPath = kind === 'cin' ? `${childPath}/ChildIdentifiers/LAchildID` : `${childPath}/HEADER/CHILDID`;
  const content = doc.get(idPath)?.content.trim();
  return content === undefined || content === '' ? undefined : content;
}
