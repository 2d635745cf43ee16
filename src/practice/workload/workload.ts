/**
 * Workload at a date: per case-holding worker the cases and points against capacity, per team the
 * distribution, the share of experienced workers above the ideal (as the workload-points indicator's
 * `above-ideal`, on the model's points), unallocated cases with how long each has waited, and a what-if
 * moving one child to another worker. The unallocated list and the what-if name children: each is
 * audited (action view, entity `workload`) in the same transaction as the reading.
 */
import { recordAudits } from '../../access/audit.ts';
import type { Db } from '../../store/db.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import {
  checkLevel,
  councilOf,
  PracticeRequestError,
  shownChildren,
  type ChildFilter,
  type LevelRef,
} from '../council.ts';
import type { WorkloadModel } from './model.ts';
import { unallocatedSql, workerPointsSql, type Move, type WorkerPointsRow } from './sql.ts';

export interface WorkerLoad {
  workerId: string;
  name: string;
  teamId: string;
  role: string;
  fte: number;
  /** Qualified and past the ASYE year (the indicator's "experienced"). */
  experienced: boolean;
  asye: boolean;
  cases: number;
  /** Points of the case kinds alone (the workload-points indicator's figure). */
  basePoints: number;
  /** With complexity additions and the sibling discount. */
  points: number;
  /** The ideal pro rata to FTE, times the model's share for experienced or ASYE workers. */
  capacity: number;
  percentOfCapacity: number | null;
  aboveIdeal: boolean;
}

export interface TeamLoad {
  teamId: string;
  teamName: string | null;
  workers: number;
  cases: number;
  points: number;
  meanPoints: number | null;
  minPoints: number | null;
  maxPoints: number | null;
  overCapacity: number;
}

export interface UnallocatedCase {
  childId: string;
  what: string;
  opened: string;
  waitingSince: string;
  waitingDays: number;
}

export interface MoveResult {
  childId: string;
  from: { before: WorkerLoad; after: WorkerLoad } | null;
  to: { before: WorkerLoad; after: WorkerLoad };
}

export interface WorkloadReport {
  laCode: string;
  at: string;
  level: LevelRef | null;
  ideal: number;
  workers: WorkerLoad[];
  teams: TeamLoad[];
  /** Experienced workers holding cases whose points exceed the ideal pro rata to FTE. */
  experiencedAboveIdeal: { above: number; of: number; percent: number | null };
  /** Council level only (unallocated cases belong to no team); the children the viewer may see. */
  unallocated: UnallocatedCase[] | null;
  move: MoveResult | null;
  /**
   * Children per FTE case holder as the DfE children's social work workforce census counts it (the
   * caseload-sw and caseload-iro indicators, council level; the census takes it at 30 September).
   */
  caseloadPerFte: { socialWorkers: number | null; iros: number | null };
}

export interface WorkloadRequest {
  la?: string | undefined;
  at: string;
  level?: LevelRef | undefined;
  model: WorkloadModel;
  move?: Move | undefined;
  actor: string;
  via: string;
  /** Only the children the viewer may see are listed or moved (a child outside is "no child"). */
  visible?: ChildFilter | undefined;
}

const round = (n: number) => Math.round(n * 100) / 100;

function toLoad(row: WorkerPointsRow, model: WorkloadModel): WorkerLoad {
  const fte = Number(row.fte);
  const experienced = row.qualified && !row.asye;
  const points = round(Number(row.points));
  const capacity = round(model.ideal * fte * (row.asye ? model.capacity.asye : model.capacity.experienced));
  return {
    workerId: row.worker_id,
    name: row.name,
    teamId: row.team_id,
    role: row.role,
    fte,
    experienced,
    asye: row.asye,
    cases: Number(row.cases),
    basePoints: round(Number(row.base_points)),
    points,
    capacity,
    percentOfCapacity: capacity > 0 ? Math.round((points / capacity) * 1000) / 10 : null,
    aboveIdeal: experienced && points > model.ideal * fte,
  };
}

async function workerLoads(db: Db, laCode: string, at: string, model: WorkloadModel, move?: Move) {
  const { sql, values } = workerPointsSql(laCode, at, model, move);
  await db.query('SET LOCAL jit = off');
  return (await db.query<WorkerPointsRow>(sql, values)).map((row) => toLoad(row, model));
}

function teamsOf(workers: readonly WorkerLoad[], names: Map<string, string>): TeamLoad[] {
  const byTeam = new Map<string, WorkerLoad[]>();
  for (const w of workers) byTeam.set(w.teamId, [...(byTeam.get(w.teamId) ?? []), w]);
  return [...byTeam.entries()].map(([teamId, list]) => {
    const holding = list.filter((w) => w.cases > 0).map((w) => w.points);
    const points = round(list.reduce((sum, w) => sum + w.points, 0));
    return {
      teamId,
      teamName: names.get(teamId) ?? null,
      workers: list.length,
      cases: list.reduce((sum, w) => sum + w.cases, 0),
      points,
      meanPoints: holding.length ? round(holding.reduce((a, b) => a + b, 0) / holding.length) : null,
      minPoints: holding.length ? Math.min(...holding) : null,
      maxPoints: holding.length ? Math.max(...holding) : null,
      overCapacity: list.filter((w) => w.percentOfCapacity !== null && w.percentOfCapacity > 100).length,
    };
  });
}

async function checkMove(
  db: Db,
  laCode: string,
  at: string,
  move: Move | undefined,
  visible: ChildFilter | undefined,
): Promise<void> {
  if (!move) return;
  const child = await db.query('SELECT 1 FROM child WHERE la_code = $1 AND id = $2', [laCode, move.childId]);
  // A child the viewer may not see reads as absent, so the refusal does not reveal that it exists.
  if (!child.length || !(await shownChildren(db, visible, [move.childId])).has(move.childId))
    throw new PracticeRequestError(`--move: no child "${move.childId}" in council ${laCode}`);
  const worker = await db.query(
    `SELECT 1 FROM worker WHERE la_code = $1 AND id = $2 AND role IN ('social_worker', 'senior_practitioner')
        AND start_date <= $3::date AND (end_date IS NULL OR end_date >= $3::date)`,
    [laCode, move.toWorkerId, at],
  );
  if (!worker.length)
    throw new PracticeRequestError(`--to: no case-holding social worker "${move.toWorkerId}" in post on ${at}`);
}

export async function workloadReport(db: Db, request: WorkloadRequest): Promise<WorkloadReport> {
  const laCode = await db.transaction((tx) => councilOf(tx, request.la));
  // The census definitions live in the indicator catalogue; its engine runs its own transaction.
  const caseloads = await evaluateIndicators(db, {
    ids: ['caseload-sw', 'caseload-iro'],
    at: request.at,
    period: 'month',
    level: 'council',
    la: laCode,
  });
  const caseload = (id: string) => caseloads.find((r) => r.id === id)?.value ?? null;
  return db.transaction(async (tx) => {
    await checkLevel(tx, laCode, request.level);
    await checkMove(tx, laCode, request.at, request.move, request.visible);
    const all = await workerLoads(tx, laCode, request.at, request.model);
    const level = request.level;
    const workers = all.filter(
      (w) => !level || (level.kind === 'team' ? w.teamId === level.id : w.workerId === level.id),
    );
    const teamNames = new Map(
      (await tx.query<{ id: string; name: string }>('SELECT id, name FROM team WHERE la_code = $1', [laCode])).map(
        (t) => [t.id, t.name],
      ),
    );
    const experienced = workers.filter((w) => w.experienced && w.cases > 0);
    const above = experienced.filter((w) => w.aboveIdeal).length;
    const waiting = level
      ? null
      : (
          await tx.query<{
            child_id: string;
            what: string;
            opened: string;
            waiting_since: string;
            waiting_days: number;
          }>(unallocatedSql(laCode, request.at).sql, unallocatedSql(laCode, request.at).values)
        ).map((r) => ({
          childId: r.child_id,
          what: r.what,
          opened: r.opened,
          waitingSince: r.waiting_since,
          waitingDays: Number(r.waiting_days),
        }));
    const seen = waiting
      ? await shownChildren(
          tx,
          request.visible,
          waiting.map((u) => u.childId),
        )
      : new Set<string>();
    const unallocated = waiting ? waiting.filter((u) => seen.has(u.childId)) : null;
    const move = request.move ? await whatIf(tx, laCode, request, all) : null;
    const shown = [...(unallocated ?? []).map((u) => u.childId), ...(move ? [move.childId] : [])];
    if (shown.length) {
      await recordAudits(
        tx,
        [...new Set(shown)].map((childId) => ({
          laCode,
          actor: request.actor,
          action: 'view' as const,
          entity: 'workload',
          entityId: move?.childId === childId ? 'what-if' : 'unallocated',
          childId,
          detail: { at: request.at, via: request.via },
        })),
      );
    }
    return {
      laCode,
      at: request.at,
      level: level ?? null,
      ideal: request.model.ideal,
      workers,
      teams: teamsOf(workers, teamNames),
      experiencedAboveIdeal: {
        above,
        of: experienced.length,
        percent: experienced.length ? Math.round((above / experienced.length) * 1000) / 10 : null,
      },
      unallocated,
      move,
      caseloadPerFte: { socialWorkers: caseload('caseload-sw'), iros: caseload('caseload-iro') },
    };
  });
}

async function whatIf(db: Db, laCode: string, request: WorkloadRequest, before: WorkerLoad[]): Promise<MoveResult> {
  const move = request.move!;
  const [holder] = await db.query<{ worker_id: string }>(
    `SELECT worker_id FROM allocation WHERE la_code = $1 AND child_id = $2 AND kind = 'social_worker'
        AND start_date <= $3::date AND (end_date IS NULL OR end_date >= $3::date) ORDER BY start_date DESC LIMIT 1`,
    [laCode, move.childId, request.at],
  );
  const after = await workerLoads(db, laCode, request.at, request.model, move);
  const pair = (id: string) => {
    const b = before.find((w) => w.workerId === id);
    const a = after.find((w) => w.workerId === id);
    return b && a ? { before: b, after: a } : null;
  };
  const to = pair(move.toWorkerId)!;
  const from = holder && holder.worker_id !== move.toWorkerId ? pair(holder.worker_id) : null;
  return { childId: move.childId, from, to };
}
