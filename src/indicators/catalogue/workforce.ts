/** Workforce and workload (docs/INDICATORS.md "Workforce, workload and quality", first part). */
import type { RecordIndicator, RowsContext } from '../definition.ts';
import { caseKindsSql } from './case-kind.ts';

export const FAMILY = 'Workforce, workload and quality';

/** Roles that hold children's cases as their social worker (CSWW case holders). */
const CASE_HOLDING_ROLES = "('social_worker', 'senior_practitioner')";
/** Registered social work roles that fill funded social work posts. */
const SOCIAL_WORK_ROLES = "('social_worker', 'senior_practitioner', 'team_manager')";
const IN_POST = (alias: string) =>
  `${alias}.start_date <= w.at AND (${alias}.end_date IS NULL OR ${alias}.end_date >= w.at)`;
/** Allocation current on the reference date (end_date is the allocation's last day). */
const ALLOCATED = (alias: string) =>
  `${alias}.start_date <= w.at AND (${alias}.end_date IS NULL OR ${alias}.end_date >= w.at)`;
/** ALLOCATED, plus a bound the planner can see (not ended before the earliest date) for the end-date index. */
const ALLOCATED_FROM = (alias: string, ctx: RowsContext) =>
  `${ALLOCATED(alias)} AND (${alias}.end_date IS NULL OR ${alias}.end_date >= ${ctx.earliestAt})`;

/**
 * Children allocated to workers of `roles` by allocations of `kind`, over those workers' FTE. The current
 * allocations are found once (`held`); the workers counted in the FTE are those holding any of them, so
 * each worker's check is a look-up in that set, not a read of every allocation the worker ever had
 * (which took most of the statement's time at 65,000 children).
 */
function caseloadRows(kind: string, roles: string) {
  return (ctx: RowsContext) => `
    WITH held AS MATERIALIZED (
      SELECT w.at, a.id, a.child_id, a.team_id, a.worker_id
        FROM allocation a JOIN w ON ${ALLOCATED_FROM('a', ctx)}
        JOIN worker k ON k.la_code = a.la_code AND k.id = a.worker_id AND k.role IN ${roles} AND ${IN_POST('k')}
       WHERE a.la_code = ${ctx.la} AND a.kind = '${kind}'
    )
    SELECT ${ctx.columns({
      at: 'h.at',
      subject: 'h.child_id',
      record: 'h.id',
      levelDate: 'h.at',
      team: 'h.team_id',
      worker: 'h.worker_id',
      numerator: 'true',
      denominator: 'false',
    })}
      FROM held h
    UNION ALL
    SELECT ${ctx.columns({
      subjectType: "'worker'",
      subject: 'k.id',
      levelDate: 'w.at',
      team: 'k.team_id',
      worker: 'k.id',
      numerator: 'false',
      denValue: 'k.fte',
      detail: "k.fte || ' FTE' || CASE WHEN k.agency THEN ', agency' ELSE '' END",
    })}
      FROM worker k JOIN w ON ${IN_POST('k')}
     WHERE k.la_code = ${ctx.la} AND k.role IN ${roles}
       AND EXISTS (SELECT 1 FROM held h WHERE h.at = w.at AND h.worker_id = k.id)`;
}

export const caseloadSw: RecordIndicator = {
  id: 'caseload-sw',
  title: 'Cases per FTE social worker',
  family: FAMILY,
  unit: 'ratio',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'ratio',
  definition:
    'DfE CSWW caseload_fte: children allocated to case-holding social workers at the reference date (siblings counted ' +
    'separately) / the FTE of those case holders, agency included. The national figure counts at 30 September.',
  rows: caseloadRows('social_worker', CASE_HOLDING_ROLES),
};

export const caseloadIro: RecordIndicator = {
  id: 'caseload-iro',
  title: 'Cases per FTE independent reviewing officer',
  family: FAMILY,
  unit: 'ratio',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'ratio',
  allocation: 'iro',
  definition:
    'Children allocated to IROs at the reference date / the FTE of IROs holding cases (IRO Handbook caseload guidance).',
  rows: caseloadRows('iro', "('iro')"),
};

export const workloadPoints: RecordIndicator = {
  id: 'workload-points',
  title: 'Average workload points per worker; workers above the ideal',
  family: FAMILY,
  unit: 'points',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'ratio',
  params: {
    show: {
      description:
        'average: mean points per case-holding worker (default); above-ideal: % of experienced workers above the ideal',
      default: 'average',
      choices: ['average', 'above-ideal'],
    },
    ideal: {
      description: 'points an experienced full-time worker should carry (seed 001: 56)',
      default: '56',
      integer: [1, 1000],
    },
  },
  adapt: (params) => (params.show === 'above-ideal' ? { aggregate: 'percent', unit: 'percent' } : {}),
  definition:
    "The council's workload model (workload_weight): each child allocated to a case-holding social worker adds the points of " +
    'their case kind at the reference date (proceedings, looked after, CP, CIN plan, assessment, care leaver, youth justice, ' +
    'early help; otherwise CIN). Average = points / workers. Above ideal = experienced (qualified, not ASYE) workers whose ' +
    'points exceed the ideal pro rata to FTE / experienced workers.',
  rows: (ctx, params) => {
    const ideal = ctx.param(params.ideal, 'numeric');
    const above = `coalesce(pts.points, 0) > ${ideal} * k.fte`;
    const experienced = 'k.qualified AND NOT k.asye';
    const average = params.show !== 'above-ideal';
    // Case kinds for every allocated child at every date in one pass (see case-kind.ts), then points per worker.
    return `
    WITH allocated AS MATERIALIZED (
      SELECT w.at, a.worker_id, a.child_id FROM w
        JOIN allocation a ON a.la_code = ${ctx.la} AND a.kind = 'social_worker' AND ${ALLOCATED_FROM('a', ctx)}
    ),
    pairs AS MATERIALIZED (SELECT DISTINCT at, child_id FROM allocated),
    kinds AS (${caseKindsSql(ctx.la, 'pairs', ctx.earliestAt)}),
    points AS (
      SELECT al.at, al.worker_id, count(*) AS cases, sum(coalesce(ww.points, 0)) AS points
        FROM allocated al
        LEFT JOIN kinds ck ON ck.at = al.at AND ck.child_id = al.child_id
        LEFT JOIN workload_weight ww ON ww.la_code = ${ctx.la} AND ww.case_kind = coalesce(ck.case_kind, 'cin')
       GROUP BY al.at, al.worker_id
    )
    SELECT ${ctx.columns({
      subjectType: "'worker'",
      subject: 'k.id',
      levelDate: 'w.at',
      team: 'k.team_id',
      worker: 'k.id',
      numerator: average ? 'true' : `${experienced} AND ${above}`,
      denominator: average ? 'true' : experienced,
      numValue: average ? 'coalesce(pts.points, 0)' : '1',
      category: `CASE WHEN NOT (${experienced}) THEN 'not-experienced' WHEN ${above} THEN 'above-ideal' ELSE 'at-or-below-ideal' END`,
      detail: "coalesce(pts.points, 0) || ' points, ' || coalesce(pts.cases, 0) || ' cases, ' || k.fte || ' FTE'",
    })}
      FROM worker k JOIN w ON ${IN_POST('k')}
      JOIN points pts ON pts.at = w.at AND pts.worker_id = k.id
     WHERE k.la_code = ${ctx.la} AND k.role IN ${CASE_HOLDING_ROLES}`;
  },
};

export const unallocatedCases: RecordIndicator = {
  id: 'unallocated-cases',
  title: 'Unallocated cases',
  family: FAMILY,
  unit: 'count',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'count',
  distinct: true,
  levels: ['council'],
  definition:
    'Open cases (a CIN episode or a period of care open at the reference date) with no social worker allocated on that date ' +
    "(Ofsted ILACS: unallocated cases). Unallocated cases belong to no team, so the count is the council's.",
  // Set-based, with no join between the two sets: open cases and current social worker allocations at
  // every date go into one list, and a window over (date, child) marks the children with an allocation.
  // A NOT EXISTS per case and date took 4 s for a 24-month series on 100,000 children; a join of the two
  // sets, planned on a store never analysed (estimates of one row), became a nested loop of every open
  // case with every allocation: 28 s at one date on 20,000 children.
  rows: (ctx) => `
    WITH open_cases AS (
      SELECT w.at, o.* FROM w JOIN (
        SELECT r.child_id, r.id AS record_id, 'open CIN episode' AS what, r.referral_date AS start_date, r.closure_date AS end_date
          FROM referral r WHERE r.la_code = ${ctx.la}
        UNION ALL
        SELECT c.child_id, c.id, 'open period of care', c.start_date, c.end_date FROM care_period c WHERE c.la_code = ${ctx.la}
      ) o ON ${ctx.openAt('o.start_date', 'o.end_date', 'w.at')}
    ),
    allocated AS (
      SELECT w.at, a.child_id FROM w
        JOIN allocation a ON a.la_code = ${ctx.la} AND a.kind = 'social_worker' AND ${ALLOCATED_FROM('a', ctx)}
    ),
    marked AS (
      SELECT oc.at, oc.child_id, oc.record_id, oc.what, false AS allocation_row FROM open_cases oc
      UNION ALL
      SELECT al.at, al.child_id, NULL, NULL, true FROM allocated al
    )
    SELECT ${ctx.columns({
      at: 'm.at',
      subject: 'm.child_id',
      record: 'm.record_id',
      levelDate: 'm.at',
      numerator: 'NOT m.allocated',
      detail: 'm.what',
    })}
      FROM (SELECT mk.*, bool_or(mk.allocation_row) OVER (PARTITION BY mk.at, mk.child_id) AS allocated FROM marked mk) m
     WHERE NOT m.allocation_row`,
};

export const swVacancies: RecordIndicator = {
  id: 'sw-vacancies',
  title: 'Social work vacancies',
  family: FAMILY,
  unit: 'fte',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'count',
  levels: ['council', 'locality', 'team'],
  definition:
    'DfE CSWW vacancies: per team, funded social work FTE at the reference date (team_establishment) less FTE of social ' +
    'workers employed by the council in post (agency workers cover vacancies, they do not fill them), never below zero.',
  rows: (ctx) => `
    SELECT ${ctx.columns({
      subjectType: "'team'",
      subject: 't.id',
      levelDate: 'w.at',
      team: 't.id',
      numerator: 'true',
      numValue: 'greatest(e.funded_fte - coalesce(f.filled, 0), 0)',
      detail: "e.funded_fte || ' funded, ' || coalesce(f.filled, 0) || ' filled'",
    })}
      FROM team t JOIN w ON t.opened <= w.at AND (t.closed IS NULL OR t.closed >= w.at)
      JOIN LATERAL (
        SELECT te.funded_fte FROM team_establishment te
         WHERE te.la_code = t.la_code AND te.team_id = t.id AND te.from_date <= w.at
         ORDER BY te.from_date DESC LIMIT 1
      ) e ON true
      LEFT JOIN LATERAL (
        SELECT sum(k.fte) AS filled FROM worker k
         WHERE k.la_code = t.la_code AND k.team_id = t.id AND k.role IN ${SOCIAL_WORK_ROLES} AND k.qualified
           AND NOT k.agency AND ${IN_POST('k')}
      ) f ON true
     WHERE t.la_code = ${ctx.la}`,
};

export const agencyRate: RecordIndicator = {
  id: 'agency-rate',
  title: 'Agency social workers',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'percent',
  definition:
    'DfE CSWW agency rate: FTE of agency social workers in post at the reference date / FTE of all social workers in post.',
  rows: (ctx) => `
    SELECT ${ctx.columns({
      subjectType: "'worker'",
      subject: 'k.id',
      levelDate: 'w.at',
      team: 'k.team_id',
      worker: 'k.id',
      numerator: 'k.agency',
      numValue: 'k.fte',
      denValue: 'k.fte',
      detail: "k.fte || ' FTE' || CASE WHEN k.agency THEN ', agency' ELSE '' END",
    })}
      FROM worker k JOIN w ON ${IN_POST('k')}
     WHERE k.la_code = ${ctx.la} AND k.role IN ${SOCIAL_WORK_ROLES} AND k.qualified`,
};

export const WORKFORCE_AND_WORKLOAD: readonly RecordIndicator[] = [
  caseloadSw,
  caseloadIro,
  workloadPoints,
  unallocatedCases,
  swVacancies,
  agencyRate,
];
