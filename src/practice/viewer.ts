/**
 * Who is looking at a practice tool, decided by the access core: the policy's grant for the tool
 * (access/policy.ts, action `read` on target `drift`, `workload`, `proceedings` or `missing`) gives the
 * level its figures may be asked at (a social worker their own worker record, a team manager their team
 * and its workers, heads of service and council-wide officers any level), and the children the tool lists
 * are those the database lets the viewer `list` under row-level security (withActor). A refusal writes a
 * `denied` audit row before it is thrown; the children shown are audited by the tool itself, in the same
 * transaction as the reading. The API routes and the pages both come through here.
 */
import { withActor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { grantsFor, type Actor, type Scope } from '../access/policy.ts';
import { authorize } from '../access/scope.ts';
import type { Db } from '../store/db.ts';
import type { ChildFilter, LevelRef } from './council.ts';

export const PRACTICE_TOOLS = ['drift', 'workload', 'proceedings', 'missing'] as const;
export type PracticeTool = (typeof PRACTICE_TOOLS)[number];

/** Widest first: the scope a viewer holding several roles works at. */
const WIDTH: readonly Scope[] = ['council', 'service', 'team', 'caseload'];

export class PracticeRefused extends Error {
  constructor(
    readonly reason: 'no_grant' | 'inactive' | 'level',
    message: string,
  ) {
    super(message);
    this.name = 'PracticeRefused';
  }
}

export interface PracticeViewer {
  scope: Scope;
  /** The level to compute at: the one asked for, or the viewer's own when their grant is narrower than the council. */
  level: LevelRef | undefined;
  /** The children the viewer may list, asked of the database as the reader role. */
  visible: ChildFilter;
  /** The names of the children `visible` let through (read in the same statement), for pages to show. */
  names: ReadonlyMap<string, string>;
}

export interface ViewerContext {
  /** The date access is judged at (the tool's date). */
  on: string;
  via: string;
  address?: string | undefined;
}

interface Placement {
  team_id: string | null;
  worker_id: string | null;
  service_id: string | null;
}

/** Decides the viewer of a tool at a level; throws PracticeRefused (after its audit row) when refused. */
export async function practiceViewer(
  db: Db,
  actor: Actor,
  tool: PracticeTool,
  requested: LevelRef | undefined,
  context: ViewerContext,
): Promise<PracticeViewer> {
  const decision = await authorize(db, actor, 'read', { target: tool, laCode: actor.laCode }, context);
  if (!decision.allowed)
    throw new PracticeRefused(
      decision.reason === 'inactive' ? 'inactive' : 'no_grant',
      `Your role does not use the ${tool} tool.`,
    );
  const scopes = grantsFor(actor.roles, 'read', tool).map((g) => g.scope);
  const scope = WIDTH.find((s) => scopes.includes(s)) ?? 'caseload';
  const level = await levelWithin(db, actor, scope, requested);
  if (level === null) {
    await recordAudit(db, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'denied',
      entity: tool,
      detail: {
        via: context.via,
        reason: 'level',
        level: requested ? `${requested.kind}:${requested.id}` : 'council',
        ...(context.address ? { address: context.address } : {}),
      },
    });
    throw new PracticeRefused('level', levelMessage(scope, tool));
  }
  const names = new Map<string, string>();
  const visible: ChildFilter = (tx, ids) =>
    withActor(tx, actor, 'list', { on: context.on }, async (reader) => {
      const rows = await reader.query<{ id: string; given_name: string | null; family_name: string | null }>(
        'SELECT id, given_name, family_name FROM child WHERE la_code = $1 AND id = ANY($2::text[])',
        [actor.laCode, [...ids]],
      );
      for (const r of rows) names.set(r.id, [r.given_name, r.family_name].filter(Boolean).join(' ') || r.id);
      return new Set(rows.map((r) => r.id));
    });
  return { scope, level, visible, names };
}

function levelMessage(scope: Scope, tool: PracticeTool): string {
  switch (scope) {
    case 'caseload':
      return `Your role uses the ${tool} tool for your own cases only.`;
    case 'team':
      return `Your role uses the ${tool} tool for your own team and its workers only.`;
    default:
      return `Your role uses the ${tool} tool for the teams of your service only.`;
  }
}

/** The level to compute at within the scope, or null when the one asked for is outside it. */
async function levelWithin(
  db: Db,
  actor: Actor,
  scope: Scope,
  requested: LevelRef | undefined,
): Promise<LevelRef | undefined | null> {
  if (scope === 'council') return requested;
  const [user] = await db.query<Placement>(
    'SELECT team_id, worker_id, service_id FROM app_user WHERE la_code = $1 AND id = $2',
    [actor.laCode, actor.userId],
  );
  if (scope === 'caseload') {
    if (!user?.worker_id) return null;
    if (requested && !(requested.kind === 'worker' && requested.id === user.worker_id)) return null;
    return { kind: 'worker', id: user.worker_id };
  }
  if (scope === 'team') {
    if (!user?.team_id) return null;
    if (!requested) return { kind: 'team', id: user.team_id };
    return (await teamOf(db, actor.laCode, requested)) === user.team_id ? requested : null;
  }
  // service: a team of the user's service, or one of its workers; the council as a whole is outside it.
  if (!user?.service_id || !requested) return null;
  const team = await teamOf(db, actor.laCode, requested);
  const rows = await db.query('SELECT 1 FROM service_team WHERE la_code = $1 AND service_id = $2 AND team_id = $3', [
    actor.laCode,
    user.service_id,
    team,
  ]);
  return rows.length ? requested : null;
}

async function teamOf(db: Db, laCode: string, level: LevelRef): Promise<string | null> {
  if (level.kind === 'team') return level.id;
  const [worker] = await db.query<{ team_id: string }>('SELECT team_id FROM worker WHERE la_code = $1 AND id = $2', [
    laCode,
    level.id,
  ]);
  return worker?.team_id ?? null;
}
