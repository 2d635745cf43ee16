/**
 * Evaluates a computed indicator in one statement for every reference date of the scope: the
 * definition's rows are placed at the requested level by the allocation at each row's level date, then
 * grouped by date, level and category in SQL. The same placed rows give the drill-down.
 */
import type { Db } from '../store/db.ts';
import type { LevelKind, ParamValues, RecordIndicator } from './definition.ts';
import { makeRowsContext, SqlParams } from './sql.ts';
import type { EvaluationScope } from './scope.ts';
import type { ExplainRow, IndicatorResult, LevelRef } from './result.ts';
import { buildResult, type Counts } from './figures.ts';

interface GroupRow {
  at: string;
  level_id: string | null;
  category: string | null;
  category_grouping: number;
  numerator: number | null;
  denominator: number | null;
  excluded: number;
}

interface PlacedRow {
  at: string;
  level_id: string | null;
  subject_type: string;
  subject_id: string;
  record_id: string | null;
  level_date: string | null;
  team_id: string | null;
  worker_id: string | null;
  in_numerator: boolean;
  in_denominator: boolean;
  excluded_reason: string | null;
  num_value: number;
  den_value: number;
  category: string | null;
  detail: string | null;
}

/** Builds the WITH clauses up to `placed` (rows at the level) and returns them with their parameters. */
export function placedRowsSql(
  def: RecordIndicator,
  params: ParamValues,
  scope: EvaluationScope,
): { sql: string; values: unknown[] } {
  const bound = new SqlParams(scope.la);
  const ats = bound.add(
    scope.windows.map((w) => w.at),
    'date[]',
  );
  const froms = bound.add(
    scope.windows.map((w) => w.from),
    'date[]',
  );
  const tos = bound.add(
    scope.windows.map((w) => w.to),
    'date[]',
  );
  const earliest = {
    at: scope.windows.reduce((min, w) => (w.at < min ? w.at : min), scope.windows[0]!.at),
    from: scope.windows.reduce((min, w) => (w.from < min ? w.from : min), scope.windows[0]!.from),
  };
  const rows = def.rows(makeRowsContext(bound, earliest), params);
  const placed = placementSql(def, scope.level, bound);
  const sql = `WITH w AS (SELECT * FROM unnest(${ats}, ${froms}, ${tos}) AS w(at, period_from, period_to)),
indicator_rows AS (
${rows}
),
placed AS (
${placed}
)`;
  return { sql, values: bound.values };
}

/** Rows at the level: all of them for the council, else the team, worker or locality each falls in. */
function placementSql(def: RecordIndicator, level: LevelRef, bound: SqlParams): string {
  if (level.kind === 'council') return 'SELECT ir.*, NULL::text AS level_id FROM indicator_rows ir';
  const kind = bound.add(def.allocation ?? 'social_worker');
  const fromAllocation = keyOf(level.kind, 'a.team_id', 'a.worker_id');
  const fromRow = keyOf(level.kind, 'ir.team_id', 'ir.worker_id');
  const only = level.id === null ? '' : `AND lv.level_id = ${bound.add(level.id)}`;
  return `SELECT ir.*, lv.level_id FROM indicator_rows ir
CROSS JOIN LATERAL (
  SELECT ${fromAllocation} AS level_id
    FROM allocation a LEFT JOIN team t ON t.la_code = a.la_code AND t.id = a.team_id
   WHERE ir.team_id IS NULL AND ir.worker_id IS NULL AND ir.subject_type = 'child'
     AND a.la_code = $1 AND a.child_id = ir.subject_id AND a.kind = ${kind}
     AND a.start_date <= ir.level_date AND (a.end_date IS NULL OR a.end_date >= ir.level_date)
  UNION
  SELECT ${fromRow} AS level_id
    FROM (SELECT 1) one LEFT JOIN team t ON t.la_code = $1 AND t.id = ir.team_id
   WHERE ir.team_id IS NOT NULL OR ir.worker_id IS NOT NULL
) lv
WHERE lv.level_id IS NOT NULL ${only}`;
}

function keyOf(kind: Exclude<LevelKind, 'council'>, team: string, worker: string): string {
  if (kind === 'team') return team;
  if (kind === 'worker') return worker;
  return 't.locality';
}

export async function evaluateRecordIndicator(
  db: Db,
  def: RecordIndicator,
  params: ParamValues,
  scope: EvaluationScope,
): Promise<IndicatorResult[]> {
  const { sql, values } = placedRowsSql(def, params, scope);
  const numerator = def.distinct
    ? 'count(DISTINCT subject_id) FILTER (WHERE in_numerator)'
    : 'coalesce(sum(num_value) FILTER (WHERE in_numerator), 0)';
  const denominator = def.distinct
    ? 'count(DISTINCT subject_id) FILTER (WHERE in_denominator)'
    : 'coalesce(sum(den_value) FILTER (WHERE in_denominator), 0)';
  const { groups, explained } = await withoutJit(db, async (tx) => ({
    groups: await tx.query<GroupRow>(
      `${sql}
SELECT at, level_id, category, GROUPING(category) AS category_grouping,
       ${numerator} AS numerator, ${denominator} AS denominator,
       count(*) FILTER (WHERE excluded_reason IS NOT NULL) AS excluded
  FROM placed
 GROUP BY GROUPING SETS ((at, level_id), (at, level_id, category))`,
      values,
    ),
    explained: scope.explain ? await explainRows(tx, sql, values) : undefined,
  }));
  const results: IndicatorResult[] = [];
  for (const window of scope.windows) {
    for (const levelId of levelIdsOf(scope, groups)) {
      const mine = groups.filter((g) => g.at === window.at && g.level_id === levelId);
      const total = mine.find((g) => g.category_grouping === 1);
      const counts: Counts = {
        numerator: Number(total?.numerator ?? 0),
        denominator: Number(total?.denominator ?? 0),
        excluded: Number(total?.excluded ?? 0),
        categories: mine
          .filter((g) => g.category_grouping === 0 && g.category !== null)
          .map((g) => ({
            category: g.category!,
            numerator: Number(g.numerator ?? 0),
            denominator: Number(g.denominator ?? 0),
          })),
      };
      const level: LevelRef = { kind: scope.level.kind, id: levelId };
      const result = buildResult(def, params, scope, window, level, counts);
      if (explained)
        result.rows = explained.filter((r) => r.at === window.at && r.level_id === levelId).map(toExplainRow);
      results.push(result);
    }
  }
  return results;
}

/**
 * Runs the statements with PostgreSQL's JIT compilation off. The planner's cost of a 24-month statement
 * (nested subplans over every window) passes jit_above_cost, and compiling then took 2 s of a 0.1 s query
 * (care-leavers-eet, 100,000 children); these statements never run long enough to repay it. SET LOCAL
 * lasts to the end of the transaction, so other work on the connection keeps the server's setting; the
 * embedded store has no JIT and accepts the setting.
 */
function withoutJit<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    return work(tx);
  });
}

/** The levels to report: the one asked for, or every active one plus any found in the rows. */
function levelIdsOf(scope: EvaluationScope, groups: GroupRow[]): (string | null)[] {
  if (scope.levelIds === null) return [scope.level.id];
  const ids = new Set(scope.levelIds);
  for (const group of groups) if (group.level_id !== null) ids.add(group.level_id);
  return [...ids].sort();
}

async function explainRows(db: Db, sql: string, values: unknown[]): Promise<PlacedRow[]> {
  return db.query<PlacedRow>(
    `${sql}
SELECT at, level_id, subject_type, subject_id, record_id, level_date, team_id, worker_id, in_numerator,
       in_denominator, excluded_reason, num_value, den_value, category, detail
  FROM placed
 ORDER BY at, in_numerator DESC, in_denominator DESC, excluded_reason NULLS FIRST, subject_id, record_id`,
    values,
  );
}

function toExplainRow(row: PlacedRow): ExplainRow {
  const status = row.in_numerator
    ? 'numerator'
    : row.in_denominator
      ? 'denominator'
      : row.excluded_reason
        ? 'excluded'
        : 'context';
  return {
    status,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    recordId: row.record_id,
    levelDate: row.level_date,
    teamId: row.team_id,
    workerId: row.worker_id,
    excludedReason: row.excluded_reason,
    numValue: Number(row.num_value),
    denValue: Number(row.den_value),
    category: row.category,
    detail: row.detail,
  };
}
