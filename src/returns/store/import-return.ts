/**
 * One import of one return: validate first and refuse a file with errors (queries do not block),
 * then write everything in one transaction with one audit_log row (action 'import', actor
 * 'cli:import', detail: file and counts). Any refusal by the store rolls the whole file back, so a
 * file is never half-loaded.
 */
import { basename } from 'node:path';
import { recordAudit } from '../../access/audit.ts';
import type { Db, Store } from '../../store/db.ts';
import { gatherStatistics } from '../../store/statistics.ts';
import type { Finding } from '../findings.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import type { OnProgress } from './progress.ts';
import { describeErrors, ReturnImportError } from './validate.ts';

export interface ImportSummary {
  laCode: string;
  file: string;
  counts: ImportCounts;
  queries: number;
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
      `${basename(path)} was not imported: ${errors.length} error${errors.length === 1 ? '' : 's'} must be fixed first.\n${describeErrors(findings)}`,
    );
  }
  return errors;
}

export async function importValidated(
  store: Store,
  options: { file: string; laCode: string; findings: readonly Finding[]; kind: string; onProgress?: OnProgress },
  write: (context: ImportContext) => Promise<ImportCounts>,
): Promise<ImportSummary> {
  const errors = refuseErrors(options.file, options.findings);
  const file = basename(options.file);
  try {
    const counts = await store.transaction(async (tx) => {
      await tx.query(`INSERT INTO council (la_code, name) VALUES ($1, $2) ON CONFLICT (la_code) DO NOTHING`, [
        options.laCode,
        `Council ${options.laCode}`,
      ]);
      const context: ImportContext = { db: tx, laCode: options.laCode };
      if (options.onProgress !== undefined) context.onProgress = options.onProgress;
      const result = await write(context);
      await recordAudit(tx, {
        laCode: options.laCode,
        actor: 'cli:import',
        action: 'import',
        entity: options.kind,
        detail: { file, counts: result },
      });
      return result;
    });
    await gatherStatistics(store).catch(() => undefined); // committed already; statistics only speed up later reads
    return { laCode: options.laCode, file, counts, queries: options.findings.length - errors.length };
  } catch (error) {
    if (error instanceof ReturnImportError) throw error;
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
