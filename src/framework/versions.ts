/**
 * The framework's versions in the store: import (checked whole first, then one transaction with its audit
 * row), the version in force on a date, the list, and export (audited too). A version is never changed
 * (the table refuses updates): a revised framework is a new version with its own effective date.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { recordAudit } from '../access/audit.ts';
import type { Db } from '../store/db.ts';
import { parseReportingPeriod } from './period.ts';
import { readFramework } from './read.ts';
import { FrameworkSchema, type Framework } from './schema.ts';

/** The framework Kestrel ships (seeds 000-002), loaded by `kestrel demo`. */
export const DEFAULT_FRAMEWORK_FILE = fileURLToPath(new URL('../../data/frameworks/default.yaml', import.meta.url));

export interface FrameworkVersion {
  version: number;
  name: string;
  effectiveFrom: string;
  sourceName: string;
  importedAt: string;
  importedBy: string;
}

export interface StoredFramework extends FrameworkVersion {
  framework: Framework;
  sourceText: string;
}

export interface ImportOptions {
  la: string;
  text: string;
  /** The file's name, for messages and the version's record. */
  sourceName: string;
  /** First date in force; the start of the framework's year by default. */
  effectiveFrom?: string | undefined;
  actor: string;
}

/**
 * Checks the file (FrameworkFileError with every problem and its line) and stores it as the council's
 * next version, with an audit row in the same transaction. Nothing is written when the file is refused.
 */
export async function importFramework(db: Db, options: ImportOptions): Promise<FrameworkVersion> {
  const framework = readFramework(options.text, options.sourceName);
  const effectiveFrom = options.effectiveFrom ?? parseReportingPeriod(framework.year).from;
  return db.transaction(async (tx) => {
    // One importer at a time per council, so two imports cannot take the same version number.
    await tx.query('SELECT 1 FROM council WHERE la_code = $1 FOR UPDATE', [options.la]);
    const [row] = await tx.query<{ version: number; imported_at: string }>(
      `INSERT INTO framework_version (la_code, version, name, effective_from, document, source_text, source_name, imported_by)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7 FROM framework_version WHERE la_code = $1
       RETURNING version, imported_at::text`,
      [
        options.la,
        framework.name,
        effectiveFrom,
        JSON.stringify(framework),
        options.text,
        options.sourceName,
        options.actor,
      ],
    );
    await recordAudit(tx, {
      laCode: options.la,
      actor: options.actor,
      action: 'import',
      entity: 'framework_version',
      entityId: String(row!.version),
      detail: { file: options.sourceName, name: framework.name, effectiveFrom },
    });
    return {
      version: row!.version,
      name: framework.name,
      effectiveFrom,
      sourceName: options.sourceName,
      importedAt: row!.imported_at,
      importedBy: options.actor,
    };
  });
}

/**
 * The shipped framework is in force from this date unless told otherwise: it stands in until the council
 * imports its own, for any date its records cover (a council generated `--like 929 --year 2017` included).
 */
export const DEFAULT_FRAMEWORK_EFFECTIVE = '2000-04-01';

/** Imports the shipped default framework (data/frameworks/default.yaml). */
export async function importDefaultFramework(
  db: Db,
  la: string,
  actor: string,
  effectiveFrom: string = DEFAULT_FRAMEWORK_EFFECTIVE,
): Promise<FrameworkVersion> {
  const text = await readFile(DEFAULT_FRAMEWORK_FILE, 'utf8');
  return importFramework(db, { la, text, sourceName: 'default', actor, effectiveFrom });
}

interface VersionRow {
  version: number;
  name: string;
  effective_from: string;
  source_name: string;
  imported_at: string;
  imported_by: string;
}

const COLUMNS = 'version, name, effective_from::text, source_name, imported_at::text, imported_by';

function toVersion(row: VersionRow): FrameworkVersion {
  return {
    version: row.version,
    name: row.name,
    effectiveFrom: row.effective_from,
    sourceName: row.source_name,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
  };
}

/** Every version of the council's framework, oldest first. */
export async function listFrameworks(db: Db, la: string): Promise<FrameworkVersion[]> {
  const rows = await db.query<VersionRow>(
    `SELECT ${COLUMNS} FROM framework_version WHERE la_code = $1 ORDER BY version`,
    [la],
  );
  return rows.map(toVersion);
}

/** The version in force on a date (latest effective date on or before it; the later import on a tie). */
export async function frameworkAt(db: Db, la: string, at: string): Promise<StoredFramework | undefined> {
  const [row] = await db.query<VersionRow & { document: unknown; source_text: string }>(
    `SELECT ${COLUMNS}, document, source_text FROM framework_version
      WHERE la_code = $1 AND effective_from <= $2
      ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [la, at],
  );
  if (!row) return undefined;
  const document = typeof row.document === 'string' ? JSON.parse(row.document) : row.document;
  return { ...toVersion(row), framework: FrameworkSchema.parse(document), sourceText: row.source_text };
}

/** The file of the version in force on a date, as imported, with an audit row for the export. */
export async function exportFramework(
  db: Db,
  la: string,
  at: string,
  actor: string,
  destination: string,
): Promise<StoredFramework | undefined> {
  return db.transaction(async (tx) => {
    const stored = await frameworkAt(tx, la, at);
    if (!stored) return undefined;
    await recordAudit(tx, {
      laCode: la,
      actor,
      action: 'export',
      entity: 'framework_version',
      entityId: String(stored.version),
      detail: { at, to: destination },
    });
    return stored;
  });
}
