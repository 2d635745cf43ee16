/**
 * Caseloads: a worker's children with the next statutory thing due and what is overdue (the clock
 * engine, so the page and `kestrel drift` agree), and a team's workers with their cases, workload points
 * and overdue items, and the unallocated cases the caller may see. Children are listed as the caller
 * under row-level security (withActor, action `list`), and every child named on a page is audited
 * (action view, entity `caseload`) in the same transaction as the listing.
 */
import { withActor } from '../../access/actor.ts';
import { recordAudits } from '../../access/audit.ts';
import type { Row } from '../../access/child-records.ts';
import type { Actor } from '../../access/policy.ts';
import type { UserRow } from '../../access/users.ts';
import { computeClocks, type Clock } from '../../practice/clocks/engine.ts';
import { loadWorkloadModel, type WorkloadModel } from '../../practice/workload/model.ts';
import { unallocatedSql } from '../../practice/workload/sql.ts';
import { workloadReport, type WorkerLoad } from '../../practice/workload/workload.ts';
import type { Db } from '../../store/db.ts';
import { clockRules, summarise, type ChildSummary } from './child-data.ts';

export interface CaseloadLine extends ChildSummary {
  /** The earliest due clock not yet overdue, if any. */
  next: Clock | undefined;
  overdue: Clock[];
}

export interface ListRequest {
  on: string;
  via: string;
  address: string;
}

let model: WorkloadModel | undefined;
function workloadModel(): WorkloadModel {
  model ??= loadWorkloadModel();
  return model;
}

/** The clocks of these children still running at the date, by child (the engine reads these children only). */
async function runningByChild(
  db: Db,
  laCode: string,
  at: string,
  childIds: readonly string[],
): Promise<Map<string, Clock[]>> {
  const byChild = new Map<string, Clock[]>();
  for (const clock of await computeClocks(db, { laCode, at, rules: clockRules(), childIds })) {
    if (clock.met !== null) continue;
    byChild.set(clock.childId, [...(byChild.get(clock.childId) ?? []), clock]);
  }
  return byChild;
}

function withClocks(child: ChildSummary, clocks: Clock[] = []): CaseloadLine {
  const byDue = [...clocks].sort((a, b) => a.due.localeCompare(b.due));
  return {
    ...child,
    next: byDue.find((clock) => clock.status !== 'overdue'),
    overdue: byDue.filter((clock) => clock.status === 'overdue'),
  };
}

function auditShown(actor: Actor, childIds: readonly string[], entityId: string, request: ListRequest) {
  return childIds.map((childId) => ({
    laCode: actor.laCode,
    actor: actor.userId,
    action: 'view' as const,
    entity: 'caseload',
    entityId,
    childId,
    detail: { at: request.on, via: request.via, address: request.address },
  }));
}

/** The children allocated to the worker at the date that the caller may see, with their clocks. */
export async function workerCaseload(
  db: Db,
  actor: Actor,
  workerId: string,
  request: ListRequest,
): Promise<CaseloadLine[]> {
  const children = await withActor(db, actor, 'list', { on: request.on }, async (tx) => {
    const rows = await tx.query<Row>(
      `SELECT DISTINCT c.* FROM child c JOIN allocation a ON a.la_code = c.la_code AND a.child_id = c.id
        WHERE c.la_code = $1 AND a.worker_id = $2 AND a.start_date <= $3::date
          AND (a.end_date IS NULL OR a.end_date >= $3::date)
        ORDER BY c.family_name, c.given_name, c.id`,
      [actor.laCode, workerId, request.on],
    );
    if (rows.length)
      await recordAudits(
        tx,
        auditShown(
          actor,
          rows.map((row) => String(row.id)),
          workerId,
          request,
        ),
      );
    return rows.map(summarise);
  });
  if (children.length === 0) return [];
  const clocks = await runningByChild(
    db,
    actor.laCode,
    request.on,
    children.map((child) => child.id),
  );
  return children.map((child) => withClocks(child, clocks.get(child.id)));
}

export interface TeamPageData {
  teamId: string;
  teamName: string;
  workers: Array<WorkerLoad & { overdue: number }>;
  unallocated: Array<ChildSummary & { what: string; waitingSince: string; waitingDays: number }>;
}

/**
 * Whether the caller may see a team's page: a council-wide reader of children, the team's manager, or
 * the head of the service that runs it.
 */
export async function mayViewTeam(db: Db, actor: Actor, user: UserRow | undefined, teamId: string): Promise<boolean> {
  const roles = actor.roles;
  if (roles.includes('performance_analyst') || roles.includes('quality_assurance')) return true;
  if (roles.includes('team_manager') && user?.team_id === teamId) return true;
  if (roles.includes('head_of_service') && user?.service_id) {
    const rows = await db.query('SELECT 1 FROM service_team WHERE la_code = $1 AND service_id = $2 AND team_id = $3', [
      actor.laCode,
      user.service_id,
      teamId,
    ]);
    return rows.length > 0;
  }
  return false;
}

/** The team's page, or undefined when the council has no such team. */
export async function teamPage(
  db: Db,
  actor: Actor,
  teamId: string,
  request: ListRequest,
): Promise<TeamPageData | undefined> {
  const [team] = await db.query<{ name: string }>('SELECT name FROM team WHERE la_code = $1 AND id = $2', [
    actor.laCode,
    teamId,
  ]);
  if (!team) return undefined;
  const report = await workloadReport(db, {
    la: actor.laCode,
    at: request.on,
    level: { kind: 'team', id: teamId },
    model: workloadModel(),
    actor: actor.userId,
    via: request.via,
  });
  // The clocks held by the team's workers only (each clock placed at its holder, as the drift list does).
  const workerIds = report.workers.map((worker) => worker.workerId);
  const clocks = workerIds.length
    ? await computeClocks(db, { laCode: actor.laCode, at: request.on, rules: clockRules(), workerIds })
    : [];
  const overdueOf = (workerId: string) =>
    clocks.filter((clock) => clock.status === 'overdue' && clock.workerId === workerId).length;
  const { sql, values } = unallocatedSql(actor.laCode, request.on);
  const unallocated = await withActor(db, actor, 'list', { on: request.on }, async (tx) => {
    const waiting = await tx.query<{ child_id: string; what: string; waiting_since: string; waiting_days: number }>(
      sql,
      values,
    );
    if (waiting.length === 0) return [];
    const children = await tx.query<Row>('SELECT * FROM child WHERE la_code = $1 AND id = ANY($2::text[])', [
      actor.laCode,
      waiting.map((row) => row.child_id),
    ]);
    await recordAudits(
      tx,
      auditShown(
        actor,
        waiting.map((row) => row.child_id),
        `unallocated:${teamId}`,
        request,
      ),
    );
    const byId = new Map(children.map((row) => [String(row.id), summarise(row)]));
    return waiting.flatMap((row) => {
      const child = byId.get(row.child_id);
      return child
        ? [{ ...child, what: row.what, waitingSince: row.waiting_since, waitingDays: Number(row.waiting_days) }]
        : [];
    });
  });
  return {
    teamId,
    teamName: team.name,
    workers: report.workers.map((worker) => ({ ...worker, overdue: overdueOf(worker.workerId) })),
    unallocated,
  };
}
