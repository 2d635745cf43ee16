/**
 * Access to the practice tools (issue 14) for the API and the pages alike: the policy decides whether
 * the caller may read or change a tool (`src/access/policy.ts`, targets case-audits, health-checks,
 * money, improvement-plan; a refusal audited by `authorize` in the same transaction), and the widest
 * grant the caller's roles give says which teams' audits and checks they see: every team (council),
 * the teams of their service, or their own team.
 */
import { authorize } from '../access/scope.ts';
import { grantsFor, type Action, type Actor, type Decision, type Target } from '../access/policy.ts';
import type { Db } from '../store/db.ts';

export type PracticeTarget = Extract<Target, 'case-audits' | 'health-checks' | 'money' | 'improvement-plan'>;

export interface PracticeAccess {
  /** The teams the caller sees; null for every team of the council. */
  teams: readonly string[] | null;
}

const WIDTH = { council: 3, service: 2, team: 1, caseload: 0, suppressed: 0 } as const;

/**
 * Decides the request (refusals audited) and, when allowed, the teams it reaches. Returns the refused
 * decision for the caller to answer (403 for the API, a page for browsers).
 */
export async function practiceAccess(
  db: Db,
  actor: Actor,
  action: Extract<Action, 'read' | 'change'>,
  target: PracticeTarget,
  context: { via: string; address?: string | undefined },
): Promise<PracticeAccess | Extract<Decision, { allowed: false }>> {
  const decision = await authorize(db, actor, action, { target, laCode: actor.laCode }, context);
  if (!decision.allowed) return decision;
  const widest = grantsFor(actor.roles, action, target).sort((a, b) => WIDTH[b.scope] - WIDTH[a.scope])[0]!;
  if (widest.scope === 'council') return { teams: null };
  const [user] = await db.query<{ team_id: string | null; service_id: string | null }>(
    'SELECT team_id, service_id FROM app_user WHERE la_code = $1 AND id = $2',
    [actor.laCode, actor.userId],
  );
  if (widest.scope === 'team') return { teams: user?.team_id ? [user.team_id] : [] };
  if (!user?.service_id) return { teams: [] };
  const rows = await db.query<{ team_id: string }>(
    'SELECT team_id FROM service_team WHERE la_code = $1 AND service_id = $2 ORDER BY team_id',
    [actor.laCode, user.service_id],
  );
  return { teams: rows.map((row) => row.team_id) };
}

/** Whether a team is among those the access reaches. */
export function reachesTeam(access: PracticeAccess, teamId: string): boolean {
  return access.teams === null || access.teams.includes(teamId);
}

/** Whether the caller's roles give an action on a tool (no audit: for showing links and forms). */
export function mayDo(actor: Actor, action: Extract<Action, 'read' | 'change'>, target: PracticeTarget): boolean {
  return actor.active && grantsFor(actor.roles, action, target).length > 0;
}
