/**
 * What every importer is given (the store, the council, whom to tell how far it has got) and what it
 * keeps while it writes (the counts per table), so the importers' functions take one context rather
 * than the same eight or nine parameters each.
 */
import type { Db } from '../../store/db.ts';
import type { KeepConditions } from './as-at.ts';
import type { OnProgress } from './progress.ts';
import { upsertRows, type StoreRow, type WriteCounts } from './upsert.ts';

/** Rows inserted, updated and (where the return withdrew them) deleted, per table. */
export type ImportCounts = Record<string, WriteCounts & { deleted?: number }>;

export interface ImportContext {
  /** The store, or the transaction the whole file is written in. */
  db: Db;
  /** The council the return is for. */
  laCode: string;
  /** Called after each table is written (one or more batches of rows), with the tables done of those the importer writes. */
  onProgress?: OnProgress;
}

/** A return's collection year and the children it holds: an import changes only their rows. */
export interface ReturnScope {
  /** First and last day of the collection year (1 April, 31 March). */
  yearStart: string;
  yearEnd: string;
  /** The children of the return the store took (a row of any other child is left out). */
  known: ReadonlySet<string>;
  children: string[];
}

/** One import under way: writes each table, keeps its counts and reports progress. */
export class ImportRun {
  readonly counts: ImportCounts = {};
  private done = 0;

  /** `tables` is how many table writes the importer makes at most (the progress total). */
  constructor(
    readonly context: ImportContext,
    private readonly tables: number,
  ) {}

  get db(): Db {
    return this.context.db;
  }

  get laCode(): string {
    return this.context.laCode;
  }

  /** Upserts `rows` of `table` (upsert.ts), records the counts under the table's name, and reports progress. */
  async upsert(
    table: string,
    rows: readonly StoreRow[],
    key: readonly string[],
    update: readonly string[],
    keep?: KeepConditions,
  ): Promise<WriteCounts & { deleted?: number }> {
    const counts = await upsertRows(this.db, table, rows, key, update, keep);
    this.counts[table] = counts;
    this.done = Math.min(this.done + 1, this.tables);
    this.context.onProgress?.(this.done, this.tables, table);
    return counts;
  }

  /** The counts, after telling the progress callback the import is complete. */
  finish(): ImportCounts {
    this.context.onProgress?.(this.tables, this.tables, 'done');
    return this.counts;
  }
}
