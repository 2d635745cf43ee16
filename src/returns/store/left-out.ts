/**
 * The rows of a return an import accepting errors (`kestrel import ... --accept-errors`) could not
 * store, each named with its file, line, child and reason, so the analyst knows what the scorecard
 * lacks and what to fix. A store row is traced back to the return row it was made from (`tag`), and
 * the return row to its file and line through the reader's source map. A row left out takes the rows
 * that refer to it with it (placements of a left-out period, rows of a left-out child): `refersToLeftOut`.
 */
import type { SourceLocation, SourceMap } from '../io/source-map.ts';
import type { StoreRow } from './upsert.ts';

/** One row of the return the store did not take. */
export interface LeftOutRow {
  /** The store table the row was for (or the return table, for a row refused before it was mapped). */
  table: string;
  file: string;
  line?: number | undefined;
  child?: string | undefined;
  reason: string;
}

type SourceRow = Readonly<Record<string, string | null>>;

export class LeftOutRows {
  readonly rows: LeftOutRow[] = [];
  private readonly origins = new WeakMap<object, SourceRow>();
  private readonly locations = new Map<SourceRow, SourceLocation>();
  /** `table|la_code|id` of every store row left out, so rows referring to it go too. */
  private readonly keys = new Set<string>();

  /**
   * `file`: the file imported (named when a row's own file is unknown); `tables` and `sources`: the
   * return's rows as read and where each came from (index for index, source-map.ts).
   */
  constructor(
    readonly file: string,
    tables: Readonly<Record<string, readonly SourceRow[] | undefined>> = {},
    sources: SourceMap = {},
  ) {
    for (const [table, rows] of Object.entries(tables)) {
      const where = sources[table];
      if (rows === undefined || where === undefined) continue;
      rows.forEach((row, index) => {
        const location = where[index];
        if (location !== undefined) this.locations.set(row, location);
      });
    }
  }

  /** Remembers that `stored` was made from the return row `source`; returns `stored`. */
  tag<T extends StoreRow>(stored: T, source: SourceRow | undefined): T {
    if (source !== undefined) this.origins.set(stored, source);
    return stored;
  }

  /** A return row left out before it became a store row. */
  leaveSource(table: string, source: SourceRow | undefined, child: string | null | undefined, reason: string): void {
    const where = source === undefined ? undefined : this.locations.get(source);
    this.rows.push({ table, file: where?.file ?? this.file, line: where?.line, child: child ?? undefined, reason });
  }

  /** A store row left out (refused by the store, or refers to a row that was). */
  leaveStored(table: string, stored: StoreRow, reason: string): void {
    const laCode = stored['la_code'];
    const id = stored['id'];
    if (typeof laCode === 'string' && typeof id === 'string') this.keys.add(`${table}|${laCode}|${id}`);
    const child = table === 'child' ? stored['id'] : stored['child_id'];
    this.leaveSource(table, this.origins.get(stored), typeof child === 'string' ? child : undefined, reason);
  }

  /** True when the store row of `table` with this council and id was left out. */
  isLeftOut(table: string, laCode: unknown, id: unknown): boolean {
    return this.keys.has(`${table}|${String(laCode)}|${String(id)}`);
  }

  /** Left-out rows by table, for the counts of an import. */
  countsByTable(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const row of this.rows) counts[row.table] = (counts[row.table] ?? 0) + 1;
    return counts;
  }
}

/** "Episodes.csv line 12 child C0042: an end before its start" for the terminal. */
export function describeLeftOut(row: LeftOutRow): string {
  const where = `${row.file}${row.line === undefined ? '' : ` line ${row.line}`}`;
  return `${where}${row.child === undefined ? '' : ` child ${row.child}`}: ${row.reason}`;
}
