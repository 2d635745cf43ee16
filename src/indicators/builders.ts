/**
 * Builders for the shape most computed definitions share: one row per record of one table, joined to
 * the window table `w` by a date in the period (period measures) or by a span open at `w.at` (snapshots),
 * and kept to the council (README.md beside this file has the `rows` contract). A definition whose
 * query needs more than a join or two after the window writes its `rows` out in full instead.
 */
import type { ParamValues, RecordIndicator, RowColumns, RowsContext } from './definition.ts';

/** Column expressions of one row; any left out take the defaults of `rowsInPeriod` / `rowsOpenAt`. */
export type RecordColumns = Partial<RowColumns>;

interface RecordRowsSpec {
  /** The table counted and its alias, e.g. 'referral r'; rows are kept to the council by `<alias>.la_code`. */
  from: string;
  /** SQL after the window join: parent records, LATERAL look-ups (they may use `w`). */
  join?: string | ((ctx: RowsContext, params: ParamValues) => string);
  /** A further condition on the records (AND-ed to the council's). */
  where?: string;
  /** Columns; defaults: subject `<alias>.child_id`, record `<alias>.id`, numerator true, levelDate as below. */
  columns?: RecordColumns | ((ctx: RowsContext, params: ParamValues) => RecordColumns);
}

export interface PeriodRowsSpec extends RecordRowsSpec {
  /** The date that puts a record in the window; it also places the row at team and worker level. */
  date: string;
}

export interface SnapshotRowsSpec extends RecordRowsSpec {
  /** The span open at the reference date (ctx.openAt: start <= at, end null or after at). */
  start: string;
  end: string;
}

/** Rows of the records of `from` dated in the window by `date` (`date BETWEEN w.period_from AND w.period_to`). */
export function rowsInPeriod(spec: PeriodRowsSpec): RecordIndicator['rows'] {
  return (ctx, params) => recordRows(ctx, params, spec, ctx.inPeriod(spec.date), spec.date);
}

/** Rows of the records of `from` whose span is open at the reference date, placed at that date. */
export function rowsOpenAt(spec: SnapshotRowsSpec): RecordIndicator['rows'] {
  return (ctx, params) => recordRows(ctx, params, spec, ctx.openAt(spec.start, spec.end, 'w.at'), 'w.at');
}

function recordRows(
  ctx: RowsContext,
  params: ParamValues,
  spec: RecordRowsSpec,
  window: string,
  levelDate: string,
): string {
  const alias = spec.from.trim().split(/\s+/).pop()!;
  const given = typeof spec.columns === 'function' ? spec.columns(ctx, params) : (spec.columns ?? {});
  const join = typeof spec.join === 'function' ? spec.join(ctx, params) : spec.join;
  const columns: RowColumns = {
    subject: `${alias}.child_id`,
    record: `${alias}.id`,
    levelDate,
    numerator: 'true',
    ...given,
  };
  return `
    SELECT ${ctx.columns(columns)}
      FROM ${spec.from} JOIN w ON ${window}${join ? `\n      ${join}` : ''}
     WHERE ${alias}.la_code = ${ctx.la}${spec.where ? ` AND ${spec.where}` : ''}`;
}

/** What a count definition states itself: everything but the unit, kind, source, aggregate and rows. */
type CountDefinition = Omit<RecordIndicator, 'unit' | 'kind' | 'source' | 'aggregate' | 'rows'>;

/** A count of records dated in the period (unit and aggregate `count`). */
export function periodCount(spec: CountDefinition & PeriodRowsSpec): RecordIndicator {
  const { from, join, where, columns, date, ...definition } = spec;
  return {
    ...definition,
    unit: 'count',
    kind: 'period',
    source: 'records',
    aggregate: 'count',
    rows: rowsInPeriod({ from, join, where, columns, date }),
  };
}

/** A count of records open at the reference date (unit and aggregate `count`). */
export function snapshotCount(spec: CountDefinition & SnapshotRowsSpec): RecordIndicator {
  const { from, join, where, columns, start, end, ...definition } = spec;
  return {
    ...definition,
    unit: 'count',
    kind: 'snapshot',
    source: 'records',
    aggregate: 'count',
    rows: rowsOpenAt({ from, join, where, columns, start, end }),
  };
}
