/**
 * Points per case-holding worker at a date, set-based. The base points are those of the workload-points
 * indicator (each child allocated to the worker by a social worker allocation adds the points of its
 * case kind, src/indicators/catalogue/case-kind.ts, weighted by the council's workload_weight); the
 * model then adds complexity and waives part of a sibling's points when siblings (one family_id) are
 * held by the same worker. `move` re-runs the same sum with one child held by another worker (what-if).
 */
import { caseKindsSql } from '../../indicators/catalogue/case-kind.ts';
import { CASE_KINDS, type WorkloadModel } from './model.ts';

export const CASE_HOLDING_ROLES = ['social_worker', 'senior_practitioner'] as const;

export interface WorkerPointsRow {
  worker_id: string;
  name: string;
  team_id: string;
  role: string;
  fte: string | number;
  qualified: boolean;
  asye: boolean;
  cases: number;
  base_points: string | number;
  points: string | number;
}

export interface Move {
  childId: string;
  toWorkerId: string;
}

export function workerPointsSql(
  laCode: string,
  at: string,
  model: WorkloadModel,
  move?: Move,
): { sql: string; values: unknown[] } {
  const values: unknown[] = [laCode, at];
  const add = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  const kinds = add([...CASE_KINDS], 'text[]');
  const points = add(
    CASE_KINDS.map((k) => model.points[k]),
    'numeric[]',
  );
  const roles = add([...CASE_HOLDING_ROLES], 'text[]');
  const c = model.complexity;
  const flag = (name: keyof typeof c, condition: string) =>
    c[name] ? `CASE WHEN ${condition} THEN ${add(c[name], 'numeric')} ELSE 0 END` : '0';
  const discount = add(model.siblingDiscount, 'numeric');
  const worker = move
    ? `CASE WHEN a.child_id = ${add(move.childId, 'text')} THEN ${add(move.toWorkerId, 'text')} ELSE a.worker_id END`
    : 'a.worker_id';
  // A child not allocated at all is held by the target worker after the move.
  const extra = move ? `UNION SELECT ${add(move.toWorkerId, 'text')}, ${add(move.childId, 'text')}` : '';
  const sql = `WITH allocated AS MATERIALIZED (
  SELECT DISTINCT ${worker} AS worker_id, a.child_id FROM allocation a
   WHERE a.la_code = $1 AND a.kind = 'social_worker' AND a.start_date <= $2::date
     AND (a.end_date IS NULL OR a.end_date >= $2::date)
  ${extra}
),
pairs AS MATERIALIZED (SELECT DISTINCT $2::date AS at, child_id FROM allocated),
kinds AS (${caseKindsSql('$1', 'pairs', '$2::date')}),
weights AS (
  SELECT case_kind, points FROM workload_weight WHERE la_code = $1
  UNION ALL
  SELECT d.case_kind, d.points FROM unnest(${kinds}, ${points}) AS d(case_kind, points)
   WHERE NOT EXISTS (SELECT 1 FROM workload_weight WHERE la_code = $1)
),
per_child AS (
  SELECT al.worker_id, al.child_id, ch.family_id, coalesce(wt.points, 0) AS base,
         ${flag('disability', "EXISTS (SELECT 1 FROM unnest(ch.disabilities) d WHERE d <> 'NONE')")}
       + ${flag('uasc', 'ch.uasc AND (ch.uasc_ceased IS NULL OR ch.uasc_ceased > $2::date)')}
       + ${flag(
         'missing-90-days',
         `EXISTS (SELECT 1 FROM missing_episode m WHERE m.la_code = $1 AND m.child_id = al.child_id
                   AND m.start_date <= $2::date AND m.start_date > $2::date - 90)`,
       )}
       + ${flag(
         'exploitation-risk',
         `EXISTS (SELECT 1 FROM exploitation_assessment x WHERE x.la_code = $1 AND x.child_id = al.child_id
                   AND x.assessment_date <= $2::date AND x.assessment_date > ($2::date - interval '12 months')::date
                   AND (x.sexual_exploitation_risk IN ('medium', 'high') OR x.criminal_exploitation_risk IN ('medium', 'high')))`,
       )} AS extra
    FROM allocated al
    JOIN child ch ON ch.la_code = $1 AND ch.id = al.child_id
    LEFT JOIN kinds ck ON ck.child_id = al.child_id
    LEFT JOIN weights wt ON wt.case_kind = coalesce(ck.case_kind, 'cin')
),
ranked AS (
  SELECT p.*, row_number() OVER (PARTITION BY p.worker_id, coalesce(p.family_id, 'child:' || p.child_id)
                                 ORDER BY p.base + p.extra DESC, p.child_id) AS sibling
    FROM per_child p
),
per_worker AS (
  SELECT worker_id, count(*)::int AS cases, sum(base) AS base_points,
         sum(CASE WHEN sibling > 1 THEN (base + extra) * (1 - ${discount}) ELSE base + extra END) AS points
    FROM ranked GROUP BY worker_id
)
SELECT k.id AS worker_id, k.name, k.team_id, k.role, k.fte, k.qualified, k.asye,
       coalesce(pw.cases, 0) AS cases, coalesce(pw.base_points, 0) AS base_points, coalesce(pw.points, 0) AS points
  FROM worker k
  LEFT JOIN per_worker pw ON pw.worker_id = k.id
 WHERE k.la_code = $1 AND k.role = ANY(${roles}) AND k.start_date <= $2::date
   AND (k.end_date IS NULL OR k.end_date >= $2::date)
 ORDER BY k.team_id, k.id`;
  return { sql, values };
}

/**
 * Open cases (a CIN episode or a period of care open at the date, as unallocated-cases counts them) with
 * no social worker allocated on the date, and since when: the later of the case's start and the end of
 * the child's last social worker allocation.
 */
export function unallocatedSql(laCode: string, at: string): { sql: string; values: unknown[] } {
  return {
    values: [laCode, at],
    sql: `WITH open_cases AS (
  SELECT child_id, min(start_date) AS opened, string_agg(DISTINCT what, ', ') AS what FROM (
    SELECT r.child_id, r.referral_date AS start_date, 'open CIN episode' AS what FROM referral r
     WHERE r.la_code = $1 AND r.referral_date <= $2::date AND (r.closure_date IS NULL OR r.closure_date > $2::date)
    UNION ALL
    SELECT c.child_id, c.start_date, 'open period of care' FROM care_period c
     WHERE c.la_code = $1 AND c.start_date <= $2::date AND (c.end_date IS NULL OR c.end_date > $2::date)
  ) o GROUP BY child_id
)
SELECT oc.child_id, oc.what, oc.opened::text AS opened,
       greatest(oc.opened, last.ended + 1)::text AS waiting_since,
       $2::date - greatest(oc.opened, last.ended + 1) AS waiting_days
  FROM open_cases oc
  LEFT JOIN LATERAL (
    SELECT max(a.end_date) AS ended FROM allocation a
     WHERE a.la_code = $1 AND a.child_id = oc.child_id AND a.kind = 'social_worker' AND a.start_date <= $2::date
  ) last ON true
 WHERE NOT EXISTS (
   SELECT 1 FROM allocation a WHERE a.la_code = $1 AND a.child_id = oc.child_id AND a.kind = 'social_worker'
      AND a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date))
 ORDER BY waiting_days DESC, oc.child_id`,
  };
}
