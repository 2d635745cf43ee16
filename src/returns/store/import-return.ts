/**
 * One import of one return: validate first and refuse a file with errors (queries do not block),
 * unless the errors are accepted (--accept-errors: every row the store can hold is stored, the rest
 * left out and named, tolerant-upsert.ts); then write everything in one transaction with one
 * import_batch row (import-batches.ts) and one audit_log row (action 'import', the actor, detail:
 * file, counts and the batch). Any other refusal by the store rolls the whole file back, so a file
 * is never half-loaded.
 */
import { basename } from 'node:path';
import { recordAudit } from '../../access/audit.ts';
import { type Db, StoreBusyError, StoreTimeoutError } from '../../store/db.ts';
import { gatherStatistics } from '../../store/statistics.ts';
import type { Finding } from '../findings.ts';
import type { SourceMap } from '../io/source-map.ts';
import { describeFiles, recordImportBatch } from './import-batches.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { LeftOutRows, type LeftOutRow } from './left-out.ts';
import type { OnProgress } from './progress.ts';
import { describeErrors, ReturnImportError } from './validate.ts';

export interface ImportSummary {
  laCode: string;
  file: string;
  counts: ImportCounts;
  queries: number;
  /** Error findings the import accepted (--accept-errors); 0 otherwise. */
  errors: number;
  /** Rows the store could not hold, left out (only when accepting errors). */
  leftOut: LeftOutRow[];
  /** The import_batch row recording this import. */
  batchId: number;
}

export interface ImportOptions {
  /** The file, or the files and folders (a 903 CSV set), as given. */
  file: string;
  paths?: readonly string[] | undefined;
  laCode: string;
  findings: readonly Finding[];
  kind: string;
  onProgress?: OnProgress | undefined;
  /** Store what the store can hold of a return with errors and name what it cannot (--accept-errors). */
  acceptErrors?: boolean | undefined;
  /** The return's rows as read and their files and lines, to name left-out rows. */
  read?:
    | {
        tables: Readonly<Record<string, readonly Readonly<Record<string, string | null>>[] | undefined>>;
        sources: SourceMap;
      }
    | undefined;
  /** Collection year by its 31 March (null for Annex A). */
  collectionYear?: number | null | undefined;
  /** Who ran it, as the audit log names them (default cli:import). */
  actor?: string | undefined;
  /** When the import began (default now). */
  startedAt?: Date | undefined;
}

/** The council to import into: given, named by the file, or the only council in the store. */
export async function resolveCouncil(db: Db, given: string | undefined, fromFile: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (fromFile !== undefined && /^\d{3}$/.test(fromFile)) return fromFile;
  const councils = await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code LIMIT 2');
  if (councils.length === 1) return councils[0]!.la_code;
  throw new ReturnImportError(
    councils.length === 0
      ? 'the store holds no council yet; say which council the return is for with --la (for example --la 929).'
      : 'the store holds several councils; say which one the return is for with --la (for example --la 929).',
  );
}

/** Throws the refusal of a return that has errors (a return for submission must be clean); else its errors, none. */
export function refuseErrors(path: string, findings: readonly Finding[]): Finding[] {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new ReturnImportError(
      `${basename(path)} was not imported: ${errors.length} error${errors.length === 1 ? '' : 's'} must be fixed first (kestrel validate reports them; --accept-errors imports what the store can hold and names the rest).\n${describeErrors(findings)}`,
    );
  }
  return errors;
}

export async function importValidated(
  store: Db,
  options: ImportOptions,
  write: (context: ImportContext) => Promise<ImportCounts>,
): Promise<ImportSummary> {
  const acceptErrors = options.acceptErrors === true;
  if (!acceptErrors) refuseErrors(options.file, options.findings);
  const errors = options.findings.filter((f) => f.severity === 'error').length;
  const file = basename(options.file);
  const startedAt = options.startedAt ?? new Date();
  const actor = options.actor ?? 'cli:import';
  const files = await describeFiles(options.paths ?? [options.file]);
  const leftOut = acceptErrors ? new LeftOutRows(file, options.read?.tables, options.read?.sources) : undefined;
  try {
    const { counts, batchId } = await store.transaction(async (tx) => {
      await tx.query(`INSERT INTO council (la_code, name) VALUES ($1, $2) ON CONFLICT (la_code) DO NOTHING`, [
        options.laCode,
        `Council ${options.laCode}`,
      ]);
      const context: ImportContext = { db: tx, laCode: options.laCode };
      if (options.onProgress !== undefined) context.onProgress = options.onProgress;
      if (leftOut !== undefined) context.leftOut = leftOut;
      const result = await write(context);
      const id = await recordImportBatch(tx, {
        laCode: options.laCode,
        kind: options.kind,
        collectionYear: options.collectionYear ?? null,
        files,
        actor,
        startedAt,
        acceptedErrors: acceptErrors,
        stored: result,
        leftOut: leftOut?.rows ?? [],
        findings: options.findings,
      });
      // The audit row names the batch and counts, never a child's data (access/audit.ts).
      await recordAudit(tx, {
        laCode: options.laCode,
        actor,
        action: 'import',
        entity: options.kind,
        entityId: String(id),
        detail: {
          file,
          counts: result,
          batch: id,
          acceptedErrors: acceptErrors,
          errors,
          leftOut: leftOut?.rows.length ?? 0,
        },
      });
      return { counts: result, batchId: id };
    });
    await gatherStatistics(store).catch(() => undefined); // committed already; statistics only speed up later reads
    return {
      laCode: options.laCode,
      file,
      counts,
      queries: options.findings.length - errors,
      errors: acceptErrors ? errors : 0,
      leftOut: leftOut?.rows ?? [],
      batchId,
    };
  } catch (error) {
    if (error instanceof ReturnImportError) throw error;
    // A server request's store was busy or past its time limit (web/api/returns-import.ts): rolled back,
    // and answered as 503/504 by the server rather than as a refusal of the file.
    if (error instanceof StoreBusyError || error instanceof StoreTimeoutError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ReturnImportError(
      `${file} was not imported: the record store refused it (${message}). Nothing was changed.`,
    );
  }
}

/** "child 12 new, 3 changed; cla_episode ..." for the terminal. */
export function describeCounts(counts: ImportCounts): string {
  return (
    Object.entries(counts)
      .filter(([, c]) => c.inserted + c.updated + (c.deleted ?? 0) > 0)
      .map(
        ([table, c]) => `${table} ${c.inserted} new, ${c.updated} changed${c.deleted ? `, ${c.deleted} removed` : ''}`,
      )
      .join('; ') || 'nothing changed'
  );
}
