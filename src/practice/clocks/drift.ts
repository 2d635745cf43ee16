/**
 * The drift list: every clock overdue or due soon at a date, by team and worker (the allocation at the
 * date), from the one clock engine. It names children, so each child listed gets an audit row (action
 * view, entity `clock-drift`) in the same transaction as the reading, as a drill-down does.
 */
import { recordAudits } from '../../access/audit.ts';
import type { Db } from '../../store/db.ts';
import { checkLevel, councilOf, shownChildren, type ChildFilter, type LevelRef } from '../council.ts';
import { queryClocks, type Clock } from './engine.ts';
import type { ClockRule } from './rules.ts';

export interface DriftRequest {
  la?: string | undefined;
  at: string;
  level?: LevelRef | undefined;
  clockIds?: readonly string[] | undefined;
  rules: readonly ClockRule[];
  /** Who is looking: a user id or `cli:<os user>`. */
  actor: string;
  /** How the request came (`kestrel drift`, a route). */
  via: string;
  /** Only the children the viewer may see are listed (the counts still count every child, as figures do). */
  visible?: ChildFilter | undefined;
}

export interface DriftCount {
  teamId: string | null;
  teamName: string | null;
  workerId: string | null;
  workerName: string | null;
  overdue: number;
  dueSoon: number;
}

export interface DriftReport {
  laCode: string;
  at: string;
  level: LevelRef | null;
  /** The clock rules computed, with their citations. */
  rules: Array<{ id: string; title: string; citation: string; local: boolean }>;
  /** Clocks running or met on the open cases in scope (before keeping only the drifting ones). */
  clocksComputed: number;
  /** The drifting clocks of the children the viewer may see. */
  items: Clock[];
  byTeam: DriftCount[];
  byWorker: DriftCount[];
}

const ORDER: Record<string, number> = { overdue: 0, 'due soon': 1 };

export async function driftList(db: Db, request: DriftRequest): Promise<DriftReport> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    await checkLevel(tx, laCode, request.level);
    // The level is the engine's filter, so a team's list costs what its cases cost, not the council's.
    const inScope = await queryClocks(tx, {
      laCode,
      at: request.at,
      rules: request.rules,
      ...(request.clockIds ? { clockIds: request.clockIds } : {}),
      ...levelFilter(request.level),
    });
    const items = inScope
      .filter((c) => c.status === 'overdue' || c.status === 'due soon')
      .sort(
        (a, b) =>
          cmp(a.teamId, b.teamId) ||
          cmp(a.workerId, b.workerId) ||
          (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9) ||
          b.daysOver - a.daysOver ||
          cmp(a.due, b.due) ||
          cmp(a.childId, b.childId),
      );
    const names = await namesOf(tx, laCode);
    const shown = await shownChildren(
      tx,
      request.visible,
      items.map((c) => c.childId),
    );
    const listed = items.filter((c) => shown.has(c.childId));
    const chosen = request.clockIds?.length
      ? request.rules.filter((r) => request.clockIds!.includes(r.id))
      : request.rules;
    await auditChildren(tx, laCode, request, listed);
    return {
      laCode,
      at: request.at,
      level: request.level ?? null,
      rules: chosen.map((r) => ({ id: r.id, title: r.title, citation: r.citation, local: r.local ?? false })),
      clocksComputed: inScope.length,
      items: listed,
      byTeam: countBy(items, (c) => [c.teamId, null], names),
      byWorker: countBy(items, (c) => [c.teamId, c.workerId], names),
    };
  });
}

/** The clocks of a level: those its team or worker holds at the date (Clock.teamId, Clock.workerId). */
function levelFilter(level: LevelRef | undefined): { teamIds?: string[]; workerIds?: string[] } {
  if (!level) return {};
  return level.kind === 'team' ? { teamIds: [level.id] } : { workerIds: [level.id] };
}

function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

interface Names {
  teams: Map<string, string>;
  workers: Map<string, string>;
}

async function namesOf(db: Db, laCode: string): Promise<Names> {
  const teams = await db.query<{ id: string; name: string }>('SELECT id, name FROM team WHERE la_code = $1', [laCode]);
  const workers = await db.query<{ id: string; name: string }>('SELECT id, name FROM worker WHERE la_code = $1', [
    laCode,
  ]);
  return { teams: new Map(teams.map((t) => [t.id, t.name])), workers: new Map(workers.map((w) => [w.id, w.name])) };
}

function countBy(
  items: readonly Clock[],
  key: (c: Clock) => [string | null, string | null],
  names: Names,
): DriftCount[] {
  const counts = new Map<string, DriftCount>();
  for (const item of items) {
    const [teamId, workerId] = key(item);
    const k = `${teamId}\u0000${workerId}`;
    let count = counts.get(k);
    if (!count) {
      count = {
        teamId,
        teamName: teamId ? (names.teams.get(teamId) ?? null) : null,
        workerId,
        workerName: workerId ? (names.workers.get(workerId) ?? null) : null,
        overdue: 0,
        dueSoon: 0,
      };
      counts.set(k, count);
    }
    if (item.status === 'overdue') count.overdue += 1;
    else count.dueSoon += 1;
  }
  return [...counts.values()].sort((a, b) => cmp(a.teamId, b.teamId) || cmp(a.workerId, b.workerId));
}

async function auditChildren(db: Db, laCode: string, request: DriftRequest, items: readonly Clock[]): Promise<void> {
  const children = [...new Set(items.map((c) => c.childId))].sort();
  if (!children.length) return;
  const level = request.level ? `${request.level.kind}:${request.level.id}` : 'council';
  await recordAudits(
    db,
    children.map((childId) => ({
      laCode,
      actor: request.actor,
      action: 'view' as const,
      entity: 'clock-drift',
      entityId: request.clockIds?.join(',') || null,
      childId,
      detail: { at: request.at, level, via: request.via },
    })),
  );
}
