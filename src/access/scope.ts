/**
 * Scope in the data layer: which children an actor may open for an action on a date. The policy says
 * which scopes the actor's roles reach (policy.ts); the SQL function visible_child_ids turns them into
 * child ids from the allocation, team and service tables, leaving out restricted children the actor is
 * not named on. Every read of a child's record goes through these functions, and every refusal writes
 * an audit row in the same transaction.
 */
import type { Db } from '../store/db.ts';
import { recordAudit } from './audit.ts';
import {
  childScopes,
  decide,
  RECENT_ALLOCATION_DAYS,
  type Action,
  type Actor,
  type Decision,
  type Resource,
} from './policy.ts';

export interface ScopeOptions {
  /** The date access is judged at (allocations current then, or ended within recentDays). */
  on: string;
  recentDays?: number;
}

/** The ids of the children the actor may open for `action` on the date, sorted. */
export async function visibleChildIds(db: Db, actor: Actor, action: Action, options: ScopeOptions): Promise<string[]> {
  const scopes = childScopes(actor.roles, action);
  if (!actor.active || scopes.length === 0) return [];
  const rows = await db.query<{ child_id: string }>(
    'SELECT child_id FROM visible_child_ids($1, $2, $3::date, $4, $5::text[]) ORDER BY child_id',
    [actor.laCode, actor.userId, options.on, options.recentDays ?? RECENT_ALLOCATION_DAYS, scopes],
  );
  return rows.map((row) => row.child_id);
}

/** Whether the actor may open this one child for `action`: the policy decision, with the scope looked up. */
export async function decideChild(
  db: Db,
  actor: Actor,
  action: Action,
  childId: string,
  options: ScopeOptions,
): Promise<Decision> {
  const scopes = childScopes(actor.roles, action);
  let visible = false;
  if (actor.active && scopes.length > 0) {
    const rows = await db.query(
      'SELECT 1 FROM visible_child_ids($1, $2, $3::date, $4, $5::text[]) WHERE child_id = $6',
      [actor.laCode, actor.userId, options.on, options.recentDays ?? RECENT_ALLOCATION_DAYS, scopes, childId],
    );
    visible = rows.length > 0;
  }
  return decide(actor, action, { target: 'child', laCode: actor.laCode, childId, visible });
}

export interface ChildAccessContext extends ScopeOptions {
  /** How the request came: a route or a command, for the audit row. */
  via: string;
  address?: string | undefined;
}

/**
 * Decides access to one child and audits it in the same transaction: a `view` (or the action's own
 * kind) row when allowed, a `denied` row when refused. Returns the decision; the caller shows the
 * record only when it is allowed, and treats `not_found` as absent (a 404, never a 403).
 */
export async function openChild(
  db: Db,
  actor: Actor,
  action: Action,
  childId: string,
  context: ChildAccessContext,
): Promise<Decision> {
  return db.transaction(async (tx) => {
    const decision = await decideChild(tx, actor, action, childId, context);
    await recordAudit(tx, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: decision.allowed ? (action === 'change' ? 'update' : action === 'export' ? 'export' : 'view') : 'denied',
      entity: 'child',
      entityId: childId,
      childId,
      detail: {
        action,
        via: context.via,
        ...(context.address ? { address: context.address } : {}),
        ...(decision.allowed ? {} : { reason: decision.reason }),
      },
    });
    return decision;
  });
}

/**
 * Decides a request on anything but one child's record (figures, returns, users, the framework, the
 * audit log) and audits a refusal in the same transaction; the caller audits what it then does.
 */
export async function authorize(
  db: Db,
  actor: Actor,
  action: Action,
  resource: Exclude<Resource, { target: 'child' }>,
  context: { via: string; address?: string | undefined },
): Promise<Decision> {
  const decision = decide(actor, action, resource);
  if (!decision.allowed) {
    await recordAudit(db, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'denied',
      entity: resource.target,
      detail: {
        action,
        via: context.via,
        reason: decision.reason,
        ...(context.address ? { address: context.address } : {}),
      },
    });
  }
  return decision;
}
