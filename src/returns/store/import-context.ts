/**
 * What every importer is given (the store, the council, whom to tell how far it has got) and what it
 * keeps while it writes (the counts per table), so the importers' functions take one context rather
 * than the same eight or nine parameters each.
 */
import type { Db } from '../../store/db.ts';
import type { KeepConditions } from './as-at.ts';
import type { LeftOutRows } from './left-out.ts';
import type { OnProgress } from './progress.ts';
import { upsertKeepingWhatFits } from './tolerant-upsert.ts';
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
  /**
   * Given when the import accepts a return with errors (--accept-errors): a row the store cannot hold
   * is left out and recorded here instead of refusing the file (tolerant-upsert.ts).
   */
  leftOut?: LeftOutRows;
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
    const { leftOut } = this.context;
    const counts =
      leftOut === undefined
        ? await upsertRows(this.db, table, rows, key, update, keep)
        : await upsertKeepingWhatFits(this.db, leftOut, table, rows, key, update, keep);
    this.counts[table] = counts;
    this.done = Math.min(this.done + 1, this.tables);
    this.context.onProgress?.(this.done, this.tables, table);
    return counts;
  }

  /** The return row a store row was made from, so a left-out row is named by file and line; returns `stored`. */
  tag<T extends StoreRow>(stored: T, source: Readonly<Record<string, string | null>> | undefined): T {
    return this.context.leftOut?.tag(stored, source) ?? stored;
  }

  /** A return row left out before it became a store row (only when accepting errors; else it is dropped as before). */
  leaveOut(
    table: string,
    source: Readonly<Record<string, string | null>> | undefined,
    child: string | null,
    reason: string,
  ): void {
    this.context.leftOut?.leaveSource(table, source, child, reason);
  }

  /**
   * The store's records of these children are complete from `from`, the first day of the return's
   * collection year (child.history_from, migration 20261205_01): moved earlier, never later. LEAST
   * ignores NULL, so a child's first import sets it; a child no import touched keeps NULL.
   */
  async historyFrom(children: readonly string[], from: string): Promise<void> {
    await this.historyFromEach(new Map(children.map((id) => [id, from])));
  }

  /** As historyFrom, a date per child (Annex A, whose lists cover different spans). */
  async historyFromEach(fromByChild: ReadonlyMap<string, string>): Promise<void> {
    if (fromByChild.size === 0) return;
    await this.db.query(
      `UPDATE child c SET history_from = LEAST(c.history_from, v.d)
         FROM unnest($2::text[], $3::date[]) AS v(id, d)
        WHERE c.la_code = $1 AND c.id = v.id AND c.history_from IS DISTINCT FROM LEAST(c.history_from, v.d)`,
      [this.laCode, [...fromByChild.keys()], [...fromByChild.values()]],
    );
  }

  /** The counts, after telling the progress callback the import is complete. */
  finish(): ImportCounts {
    this.context.onProgress?.(this.tables, this.tables, 'done');
    return this.counts;
  }
}
