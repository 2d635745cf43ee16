/**
 * The reads and changes behind the Restricted records page. Changes go through access/restrictions.ts
 * (each in one transaction with its audit row). The list shows child ids, never a child's name or
 * record: the policy keeps administrators out of child records (src/access/policy.ts), and which
 * children are restricted is itself sensitive, so each child listed gets an audit row, as a drill-down's
 * children do.
 */
import { recordAudits } from '../../access/audit.ts';
import {
  liftRestriction,
  RESTRICTION_REASONS,
  restrictChild,
  type RestrictionReason,
} from '../../access/restrictions.ts';
import { AccountError } from '../../access/users.ts';
import type { Db } from '../../store/db.ts';
import type { FieldError, Option } from './admin-form.tsx';
import type { AdminRequest, Outcome } from './admin-users-data.ts';

export const REASON_NAMES: Record<RestrictionReason, string> = {
  staff_relative: "A staff member's relative",
  adoption_in_progress: 'Adoption placement in progress',
  high_profile: 'High-profile case',
  other: 'Other (say why in the note)',
};

export const REASON_OPTIONS: Option[] = RESTRICTION_REASONS.map((reason) => ({
  value: reason,
  text: REASON_NAMES[reason],
}));

export interface RestrictedChild {
  childId: string;
  reason: RestrictionReason;
  note: string | null;
  restrictedAt: Date;
  restrictedBy: string;
  /** The people named, as "Display name (username)". */
  allowed: string[];
}

/** The restrictions in force in the actor's council, each child listed audited in the same transaction. */
export async function listRestrictions(db: Db, request: AdminRequest, now: Date): Promise<RestrictedChild[]> {
  const laCode = request.actor.laCode;
  return db.transaction(async (tx) => {
    const rows = await tx.query<{
      child_id: string;
      reason: RestrictionReason;
      note: string | null;
      restricted_at: Date;
      restricted_by: string;
      allowed: string[] | null;
    }>(
      `SELECT r.child_id, r.reason, r.note, r.restricted_at, coalesce(b.username, r.restricted_by) AS restricted_by,
              array_remove(array_agg(u.display_name || ' (' || u.username || ')' ORDER BY u.username), NULL) AS allowed
         FROM child_restriction r
         LEFT JOIN app_user b ON b.la_code = r.la_code AND b.id = r.restricted_by
         LEFT JOIN child_restriction_user ru ON ru.la_code = r.la_code AND ru.child_id = r.child_id
         LEFT JOIN app_user u ON u.la_code = ru.la_code AND u.id = ru.user_id
        WHERE r.la_code = $1 AND r.lifted_at IS NULL
        GROUP BY r.child_id, r.reason, r.note, r.restricted_at, b.username, r.restricted_by
        ORDER BY r.restricted_at DESC, r.child_id`,
      [laCode],
    );
    await recordAudits(
      tx,
      rows.map((row) => ({
        laCode,
        actor: request.actor.userId,
        action: 'view' as const,
        entity: 'child_restriction',
        entityId: row.child_id,
        childId: row.child_id,
        at: now,
        detail: { list: true, via: request.via, address: request.address },
      })),
    );
    return rows.map((row) => ({
      childId: row.child_id,
      reason: row.reason,
      note: row.note,
      restrictedAt: new Date(row.restricted_at),
      restrictedBy: row.restricted_by,
      allowed: row.allowed ?? [],
    }));
  });
}

export interface RestrictionForm {
  childId: string;
  reason: string;
  note: string;
  /** Usernames, as typed: separated by commas, spaces or new lines. */
  allow: string;
}

type Body = Record<string, string | File | (string | File)[]>;

function text(body: Body, name: string, max: number): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

export function readRestrictionForm(body: Body): RestrictionForm {
  return {
    childId: text(body, 'childId', 20),
    reason: text(body, 'reason', 40),
    note: text(body, 'note', 500),
    allow: text(body, 'allow', 2000),
  };
}

const CHILD_ID = /^[A-Za-z0-9]{1,20}$/;
const MAX_NAMED = 20;

function isReason(value: string): value is RestrictionReason {
  return (RESTRICTION_REASONS as readonly string[]).includes(value);
}

/** Restricts the child to the users named (replacing any named before). */
export async function restrict(db: Db, request: AdminRequest, form: RestrictionForm): Promise<Outcome<null>> {
  const errors: FieldError[] = [];
  const names = [...new Set(form.allow.split(/[\s,]+/).filter(Boolean))];
  if (!CHILD_ID.test(form.childId))
    errors.push({ field: 'childId', message: 'Enter the child id, up to 20 letters and digits' });
  if (!isReason(form.reason)) errors.push({ field: 'reason', message: 'Select why the record is restricted' });
  if (names.length === 0)
    errors.push({ field: 'allow', message: 'Enter the user name of at least one person who may open the record' });
  else if (names.length > MAX_NAMED) errors.push({ field: 'allow', message: `Name at most ${MAX_NAMED} people` });
  if (errors.length > 0) return { ok: false, errors };
  try {
    await restrictChild(
      db,
      {
        laCode: request.actor.laCode,
        childId: form.childId,
        reason: form.reason as RestrictionReason,
        note: form.note || undefined,
        allow: names,
      },
      request.actor.userId,
    );
    return { ok: true, value: null };
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    const field = /no child/.test(error.message) ? 'childId' : 'allow';
    const message = error.message.replace(/ in council \d+$/, '');
    return { ok: false, errors: [{ field, message: message.charAt(0).toUpperCase() + message.slice(1) }] };
  }
}

/** Lifts the child's restriction: the record is open to the usual scopes again. */
export async function lift(db: Db, request: AdminRequest, childId: string): Promise<Outcome<null>> {
  if (!CHILD_ID.test(childId)) return { ok: false, errors: [{ field: 'childId', message: 'There is no such child' }] };
  try {
    await liftRestriction(db, request.actor.laCode, childId, request.actor.userId);
    return { ok: true, value: null };
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    return { ok: false, errors: [{ field: 'childId', message: `Child ${childId} is not restricted` }] };
  }
}
