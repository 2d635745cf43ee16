/**
 * Reads on behalf of someone, enforced by the database. `withActor` works out the children the actor
 * may see for an action (visible_child_ids, as the owner), hands them to PostgreSQL as two
 * transaction-local settings, and runs the work as the role kestrel_reader: row-level security on every
 * child-data table (migration 20261205_03) then returns only those children's rows, whatever the work
 * forgets to filter. The role is neither a superuser nor an owner (both bypass policies), reads only,
 * and may add audit rows but not read or change them. Figures are computed as the owner (they count
 * every child); only child-level reads run here.
 */
import { userInfo } from 'node:os';
import type { Db } from '../store/db.ts';
import type { Action, Actor, Role } from './policy.ts';
import { visibleChildIds, type ScopeOptions } from './scope.ts';

/** The database role reads for a user run as (created by migration 20261205_03). */
export const READER_ROLE = 'kestrel_reader';

export interface ActorScope {
  /** The children the work may read, sorted (what the policies let through). */
  visible: readonly string[];
}

/**
 * Runs `work` in one transaction as the reader role, scoped to the children `actor` may see for
 * `action` on `options.on`. Joins the caller's transaction when there is one, and hands the
 * connection back as it found it (the owner's role, no scope settings) once the work is done.
 */
export async function withActor<T>(
  db: Db,
  actor: Actor,
  action: Action,
  options: ScopeOptions,
  work: (tx: Db, scope: ActorScope) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const visible = await visibleChildIds(tx, actor, action, options);
    await tx.query(
      `SELECT set_config('kestrel.actor_la', $1, true), set_config('kestrel.visible_children', $2::text[]::text, true)`,
      [actor.laCode, visible],
    );
    await tx.query(`SET LOCAL ROLE ${READER_ROLE}`);
    try {
      return await work(tx, { visible });
    } finally {
      // Back to the owner with no scope, for the rest of a caller's transaction. After a failed statement
      // the transaction is aborted and these fail too; its rollback undoes the SET LOCALs anyway.
      await tx.query('RESET ROLE').catch(() => undefined);
      await tx
        .query(`SELECT set_config('kestrel.actor_la', '', true), set_config('kestrel.visible_children', '', true)`)
        .catch(() => undefined);
    }
  });
}

/**
 * The actor of a kestrel command run without --as: the person at the terminal, who already holds the
 * data directory (or the database password) and so could read every table with psql. They act as
 * `cli:<os user>` with the one role their command needs (performance_analyst for `indicators --explain`,
 * quality_assurance for `sar`), council-wide within `laCode`, never a restricted child (no one can be
 * named on a restriction as `cli:`; use --as a named user). Every look is audited under that name.
 */
export function localActor(laCode: string, role: Role): Actor {
  return { laCode, userId: `cli:${userInfo().username}`, roles: [role], active: true };
}
