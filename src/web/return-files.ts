/**
 * A return file sent to the server (the API's request body, or the returns page's upload), checked and
 * imported as `kestrel validate` and `kestrel import` do: the files are written to a private temporary
 * folder (0700, files 0600) only while they are read, checked against the DfE rules of their year
 * (returns/store/validate.ts; Annex A has no DfE rules, only its readers' checks), and imported with the
 * CLI's importValidated (one transaction, one import_batch row, one audit row). A file that cannot be
 * read as the return it claims to be is one 400 naming the file, never a stack trace.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../store/db.ts';
import type { Finding } from '../returns/findings.ts';
import type { ImportContext, ImportCounts } from '../returns/store/import-context.ts';
import type { ImportOptions, ImportSummary } from '../returns/store/import-return.ts';
import { ApiError } from './errors.ts';

/** The returns the server takes: the SSDA903 (CSV set or XML), the CIN census (XML), Ofsted's Annex A (XLSX). */
export const RETURN_KINDS = ['903', 'cin', 'annexa'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

/** One file as sent: its name (only the last part is kept, made safe) and its bytes. */
export interface SentFile {
  name: string;
  body: Uint8Array;
}

/** A return read and checked: its findings, and how to write it into the store. */
export interface CheckedReturn {
  kind: ReturnKind;
  findings: Finding[];
  /** Collection year by its 31 March (null for Annex A). */
  collectionYear: number | null;
  read: ImportOptions['read'];
  write: (context: ImportContext) => Promise<ImportCounts>;
}

export interface CheckOptions {
  year?: number | undefined;
  /** The council the file is checked (and would be imported) for; a plain check (the validate API) names none. */
  laCode?: string | undefined;
}

/** A file name safe to write in the folder: letters, digits, dot, dash, underscore, as the reader sees it. */
export function safeFileName(name: string, fallback: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const safe = last.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return safe === '' ? fallback : safe.slice(0, 120);
}

/** Writes `files` into a new private folder (mkdtemp makes it 0700); the caller removes it. */
export async function writeReturnFolder(
  files: readonly SentFile[],
  prefix = 'kestrel-return-',
): Promise<{ folder: string; paths: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  try {
    const paths: string[] = [];
    for (const [index, file] of files.entries()) {
      let name = safeFileName(file.name, `return-${index + 1}`);
      if (paths.includes(join(folder, name))) name = `${index + 1}-${name}`;
      const path = join(folder, name);
      await writeFile(path, file.body, { mode: 0o600 });
      paths.push(path);
    }
    return { folder, paths };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** A refusal of the file (a reader's or importer's user-facing error) as one 400 naming the file, not the folder. */
export function asRefusal(error: unknown, folder: string, field = 'body'): unknown {
  if (error instanceof ApiError) return error;
  if ((error as { userFacing?: boolean }).userFacing)
    return new ApiError('bad_request', plainMessage((error as Error).message, folder), field);
  return error;
}

/**
 * Writes `files` into a new private folder, runs `work` on their paths and removes the folder whatever
 * happens; a refusal of the file becomes one 400 (asRefusal).
 */
export async function withReturnFolder<T>(
  files: readonly SentFile[],
  work: (paths: string[]) => Promise<T>,
  prefix = 'kestrel-return-',
): Promise<T> {
  const { folder, paths } = await writeReturnFolder(files, prefix);
  try {
    return await work(paths);
  } catch (error) {
    throw asRefusal(error, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The reader's message with the temporary folder taken out, so it names the file as it was sent. */
export function plainMessage(message: string, folder: string): string {
  return message.replaceAll(`${folder}/`, '').replaceAll(folder, 'the file');
}

/**
 * Reads and checks a return at `paths` (a 903 is its CSV files or one XML file; a CIN census or
 * Annex A one file). A CIN census naming another council (its Header's LEA) is refused: an analyst
 * imports only their own council's return.
 */
export async function checkReturn(
  kind: ReturnKind,
  paths: readonly string[],
  options: CheckOptions,
): Promise<CheckedReturn> {
  if (kind === 'cin') {
    const { validateCin } = await import('../returns/store/validate.ts');
    const { importCin } = await import('../returns/store/import-cin.ts');
    if (paths.length !== 1) throw new ApiError('bad_request', 'Send the CIN census as one XML file.', 'file');
    const validated = await validateCin(paths[0]!, { year: options.year });
    const lea = validated.dataset.tables.Header?.[0]?.['LEA'];
    if (options.laCode && lea && /^\d{3}$/.test(lea) && lea !== options.laCode)
      throw new ApiError('bad_request', `The file is council ${lea}'s return, not ${options.laCode}'s.`, 'body');
    return {
      kind,
      findings: validated.findings,
      collectionYear: validated.dataset.meta.year,
      read: { tables: validated.dataset.tables, sources: validated.sources },
      write: (context) => importCin(context, validated.dataset),
    };
  }
  if (kind === '903') {
    const { validate903 } = await import('../returns/store/validate.ts');
    const { import903 } = await import('../returns/store/import-903.ts');
    const validated = await validate903(paths, { year: options.year, laCode: options.laCode });
    return {
      kind,
      findings: validated.findings,
      collectionYear: validated.dataset.meta.year,
      read: { tables: validated.dataset.current, sources: validated.sources },
      write: (context) => import903(context, validated.dataset),
    };
  }
  const { readAnnexA, importAnnexA } = await import('../returns/store/import-annexa.ts');
  if (paths.length !== 1) throw new ApiError('bad_request', 'Send Annex A as one XLSX workbook.', 'file');
  const read = await readAnnexA(paths[0]!);
  return {
    kind,
    findings: read.findings,
    collectionYear: null,
    read: undefined,
    write: (context) => importAnnexA(context, read.annexA),
  };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export interface ImportRequest {
  laCode: string;
  /** The caller's user id: the audit row and the batch name them. */
  actor: string;
  acceptErrors: boolean;
  startedAt: Date;
}

/** Imports a checked return (call only when it has no errors or they are accepted). */
export async function importChecked(
  db: Db,
  checked: CheckedReturn,
  paths: readonly string[],
  request: ImportRequest,
): Promise<ImportSummary> {
  const { importValidated } = await import('../returns/store/import-return.ts');
  return importValidated(
    db,
    {
      file: paths.length === 1 ? paths[0]! : paths.map((path) => path.split('/').pop()).join(', '),
      paths,
      laCode: request.laCode,
      kind: checked.kind,
      findings: checked.findings,
      acceptErrors: request.acceptErrors,
      read: checked.read,
      collectionYear: checked.collectionYear,
      actor: request.actor,
      startedAt: request.startedAt,
    },
    checked.write,
  );
}

/** A finding as the API answers it. */
export function presentFinding(f: Finding) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    table: f.table,
    fields: f.fields,
    ...(f.child ? { child: f.child } : {}),
    ...(f.source?.line ? { line: f.source.line } : {}),
  };
}
