/**
 * Restricted records: a child only the people named may open (a staff member's relative, an adoption
 * placement in progress). No role sees the child by default; the named users still need the child
 * within their own scope. The child still counts in every figure, and lists and searches leave it out
 * for everyone else (visible_child_ids, and row-level security for reads made as the reader role).
 * Each change is audited in its own transaction.
 */
import type { Db } from '../store/db.ts';
import { recordAudit } from './audit.ts';
import { AccountError, findUser } from './users.ts';

export const RESTRICTION_REASONS = ['staff_relative', 'adoption_in_progress', 'high_profile', 'other'] as const;
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];

export interface Restriction {
  laCode: string;
  childId: string;
  reason: RestrictionReason;
  note?: string | undefined;
  /** Usernames of the people who may open the record (replacing any named before). */
  allow: readonly string[];
}

/** Restricts the child (or changes who is named on its restriction), lifting no other restriction. */
export async function restrictChild(db: Db, restriction: Restriction, by: string): Promise<void> {
  const { laCode, childId } = restriction;
  await db.transaction(async (tx) => {
    await requireChild(tx, laCode, childId);
    const userIds: string[] = [];
    for (const username of restriction.allow) {
      const user = await findUser(tx, username);
      if (!user || user.la_code !== laCode) throw new AccountError(`no user "${username}" in council ${laCode}`);
      userIds.push(user.id);
    }
    await tx.query(
      `INSERT INTO child_restriction (la_code, child_id, reason, note, restricted_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (la_code, child_id) DO UPDATE
         SET reason = EXCLUDED.reason, note = EXCLUDED.note, restricted_by = EXCLUDED.restricted_by,
             restricted_at = now(), lifted_at = NULL`,
      [laCode, childId, restriction.reason, restriction.note ?? null, by],
    );
    await tx.query('DELETE FROM child_restriction_user WHERE la_code = $1 AND child_id = $2', [laCode, childId]);
    for (const userId of userIds)
      await tx.query('INSERT INTO child_restriction_user (la_code, child_id, user_id) VALUES ($1, $2, $3)', [
        laCode,
        childId,
        userId,
      ]);
    await recordAudit(tx, {
      laCode,
      actor: by,
      action: 'update',
      entity: 'child_restriction',
      entityId: childId,
      childId,
      detail: { change: 'restrict', reason: restriction.reason, allow: userIds },
    });
  });
}

/** Lifts the restriction: the record is open to the usual scopes again (the row is kept, with the date). */
export async function liftRestriction(db: Db, laCode: string, childId: string, by: string): Promise<void> {
  await db.transaction(async (tx) => {
    const lifted = await tx.query(
      `UPDATE child_restriction SET lifted_at = now() WHERE la_code = $1 AND child_id = $2 AND lifted_at IS NULL
       RETURNING child_id`,
      [laCode, childId],
    );
    if (lifted.length === 0) throw new AccountError(`child ${childId} of council ${laCode} is not restricted`);
    await recordAudit(tx, {
      laCode,
      actor: by,
      action: 'update',
      entity: 'child_restriction',
      entityId: childId,
      childId,
      detail: { change: 'lift' },
    });
  });
}

async function requireChild(db: Db, laCode: string, childId: string): Promise<void> {
  const [row] = await db.query('SELECT 1 FROM child WHERE la_code = $1 AND id = $2', [laCode, childId]);
  if (!row) throw new AccountError(`no child ${childId} in council ${laCode}`);
}
