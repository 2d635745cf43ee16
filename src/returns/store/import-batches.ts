/**
 * The record of each import (table import_batch, migration 20261205_02): written with the import in
 * its transaction, read by `kestrel imports list|show`, the web's returns pages
 * (web/pages/returns-imports-data.ts) and, later, a data-quality indicator. Findings and left-out rows are kept up to MAX_KEPT each, with their totals.
 */
import type { Db } from '../../store/db.ts';
import type { Finding } from '../findings.ts';
import type { ImportCounts } from './import-context.ts';
import type { LeftOutRow } from './left-out.ts';

/** Findings and left-out rows kept per batch (a broken return can hold one per child, or more). */
export const MAX_KEPT = 5000;

export interface ImportedFile {
  name: string;
  sha256: string;
  bytes: number;
}

export interface ImportBatchInput {
  laCode: string;
  kind: string;
  collectionYear: number | null;
  files: readonly ImportedFile[];
  actor: string;
  startedAt: Date;
  acceptedErrors: boolean;
  stored: ImportCounts;
  leftOut: readonly LeftOutRow[];
  findings: readonly Finding[];
}

/** A finding as a batch keeps it: where, which child, what. */
export interface BatchFinding {
  code: string;
  severity: string;
  table: string;
  file?: string | undefined;
  line?: number | undefined;
  child?: string | undefined;
  fields: string[];
  message: string;
}

/** A finding as a batch keeps it (and the returns page shows it). */
export function toBatchFinding(f: Finding): BatchFinding {
  return {
    code: f.code,
    severity: f.severity,
    table: f.table,
    file: f.source?.file,
    line: f.source?.line,
    child: f.child,
    fields: f.fields,
    message: f.message,
  };
}

export interface ImportBatchSummary {
  id: number;
  laCode: string;
  kind: string;
  collectionYear: number | null;
  files: ImportedFile[];
  actor: string;
  startedAt: string;
  finishedAt: string;
  acceptedErrors: boolean;
  stored: ImportCounts;
  leftOut: Record<string, number>;
  leftOutTotal: number;
  errors: number;
  queries: number;
}

export interface ImportBatch extends ImportBatchSummary {
  leftOutRows: LeftOutRow[];
  findings: BatchFinding[];
  /** True when the batch holds fewer findings than it counted (capped at MAX_KEPT). */
  findingsCapped: boolean;
}

/** Writes the batch (call inside the import's transaction); returns its id. */
export async function recordImportBatch(db: Db, batch: ImportBatchInput): Promise<number> {
  const errors = batch.findings.filter((f) => f.severity === 'error').length;
  const leftOut: Record<string, number> = {};
  for (const row of batch.leftOut) leftOut[row.table] = (leftOut[row.table] ?? 0) + 1;
  const findings: BatchFinding[] = batch.findings.slice(0, MAX_KEPT).map(toBatchFinding);
  const [row] = await db.query<{ id: string | number }>(
    `INSERT INTO import_batch (la_code, kind, collection_year, files, actor, started_at, finished_at, accepted_errors,
       stored, left_out, left_out_total, left_out_rows, errors, queries, findings)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, greatest(now(), $6::timestamptz), $7, $8::jsonb, $9::jsonb, $10, $11::jsonb, $12, $13, $14::jsonb)
     RETURNING id`,
    [
      batch.laCode,
      batch.kind,
      batch.collectionYear,
      JSON.stringify(batch.files),
      batch.actor,
      batch.startedAt.toISOString(),
      batch.acceptedErrors,
      JSON.stringify(batch.stored),
      JSON.stringify(leftOut),
      batch.leftOut.length,
      JSON.stringify(batch.leftOut.slice(0, MAX_KEPT)),
      errors,
      batch.findings.length - errors,
      JSON.stringify(findings),
    ],
  );
  return Number(row!.id);
}

interface BatchRow {
  id: string | number;
  la_code: string;
  kind: string;
  collection_year: number | null;
  files: ImportedFile[];
  actor: string;
  started_at: string | Date;
  finished_at: string | Date;
  accepted_errors: boolean;
  stored: ImportCounts;
  left_out: Record<string, number>;
  left_out_total: number;
  errors: number;
  queries: number;
}

const SUMMARY_COLUMNS =
  'id, la_code, kind, collection_year, files, actor, started_at, finished_at, accepted_errors, stored, left_out, left_out_total, errors, queries';

/** The imports, newest first, of one council or of all. */
export async function listImportBatches(
  db: Db,
  options: { laCode?: string | undefined } = {},
): Promise<ImportBatchSummary[]> {
  const rows = await db.query<BatchRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM import_batch WHERE ($1::text IS NULL OR la_code = $1) ORDER BY started_at DESC, id DESC`,
    [options.laCode ?? null],
  );
  return rows.map(summaryOf);
}

/** One import with its left-out rows and findings; undefined when there is no batch with that id. */
export async function findImportBatch(db: Db, id: number): Promise<ImportBatch | undefined> {
  const [row] = await db.query<BatchRow & { left_out_rows: LeftOutRow[]; findings: BatchFinding[] }>(
    `SELECT ${SUMMARY_COLUMNS}, left_out_rows, findings FROM import_batch WHERE id = $1`,
    [id],
  );
  if (row === undefined) return undefined;
  return {
    ...summaryOf(row),
    leftOutRows: row.left_out_rows,
    findings: row.findings,
    findingsCapped: row.findings.length < row.errors + row.queries,
  };
}

function summaryOf(row: BatchRow): ImportBatchSummary {
  return {
    id: Number(row.id),
    laCode: row.la_code,
    kind: row.kind,
    collectionYear: row.collection_year,
    files: row.files,
    actor: row.actor,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: new Date(row.finished_at).toISOString(),
    acceptedErrors: row.accepted_errors,
    stored: row.stored,
    leftOut: row.left_out,
    leftOutTotal: row.left_out_total,
    errors: row.errors,
    queries: row.queries,
  };
}

/** sha256 and size of each file read, for the batch (a folder's CSV files each). */
export async function describeFiles(paths: readonly string[]): Promise<ImportedFile[]> {
  const { createHash } = await import('node:crypto');
  const { readdir, stat } = await import('node:fs/promises');
  const { createReadStream } = await import('node:fs');
  const { basename, join } = await import('node:path');
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) continue; // a return given as rows in a test, not a file
    if (info.isDirectory()) {
      // The 903 reader takes a folder's CSV files (read-903-csv.ts): those are the files imported.
      for (const entry of (await readdir(path)).sort())
        if (/\.csv$/i.test(entry) && (await stat(join(path, entry))).isFile()) files.push(join(path, entry));
    } else files.push(path);
  }
  const described: ImportedFile[] = [];
  // One file at a time, streamed: a census can be hundreds of megabytes.
  for (const file of files) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    described.push({ name: basename(file), sha256: hash.digest('hex'), bytes });
  }
  return described;
}
