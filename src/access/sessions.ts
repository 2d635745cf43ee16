/**
 * Local sign-in and sessions. A password is checked against its Argon2id hash; 5 failures within 15
 * minutes lock the account for 15 minutes (NCSC password guidance: throttle rather than expire). A
 * sign-in makes a new random token (rotating away any session presented with it, against session
 * fixation) and stores only its SHA-256; a session lapses after 30 minutes unused or 12 hours after
 * sign-in, whichever is first, and can be revoked. Every sign-in, failure, lockout and sign-out writes
 * its audit row in the same transaction. Times come from `now` so tests never wait on a clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { NO_COUNCIL, recordAudit } from './audit.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import type { Actor } from './policy.ts';
import { actorOf, findUser, type UserRow } from './users.ts';

export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MINUTES = 15;
export const LOCKOUT_MINUTES = 15;

const MINUTE = 60_000;

export interface SignInRequest {
  username: string;
  password: string;
  /** Network address the attempt came from, for the audit row. */
  address?: string | undefined;
  /** A session token the browser already held: revoked, so the signed-in session has a fresh id. */
  previousToken?: string | undefined;
  now?: Date | undefined;
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: UserRow; actor: Actor }
  /** `invalid` covers an unknown name and a wrong password alike, so a refusal reveals no account. */
  | { ok: false; reason: 'invalid' | 'locked' };

/** The SHA-256 (hex) a token is stored as. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function signIn(db: Db, request: SignInRequest): Promise<SignInResult> {
  const now = request.now ?? new Date();
  const detail = { via: 'password', ...(request.address ? { address: request.address } : {}) };
  const known = await findUser(db, request.username);
  const usable = known && known.active && !known.service_account && known.password_hash ? known : undefined;
  if (usable?.locked_until && usable.locked_until > now) {
    await recordAudit(db, {
      laCode: usable.la_code,
      actor: usable.id,
      action: 'denied',
      entity: 'sign_in',
      at: now,
      detail: { ...detail, reason: 'locked' },
    });
    return { ok: false, reason: 'locked' };
  }
  // Verified outside the transaction (Argon2 takes a while), against a decoy when there is no account.
  const matches = await verifyPassword(usable?.password_hash ?? (await decoyPasswordHash()), request.password);
  if (!usable) {
    await recordAudit(db, {
      laCode: known?.la_code ?? NO_COUNCIL,
      actor: known?.id ?? `unknown:${request.username.slice(0, 64)}`,
      action: 'denied',
      entity: 'sign_in',
      at: now,
      detail: { ...detail, reason: known ? 'account_cannot_sign_in' : 'unknown_user' },
    });
    return { ok: false, reason: 'invalid' };
  }
  return db.transaction(async (tx) => {
    const [user] = await tx.query<UserRow>('SELECT * FROM app_user WHERE la_code = $1 AND id = $2 FOR UPDATE', [
      usable.la_code,
      usable.id,
    ]);
    if (!user) return { ok: false, reason: 'invalid' } as const;
    const audit = { laCode: user.la_code, actor: user.id, at: now } as const;
    if (user.locked_until && user.locked_until > now) {
      await recordAudit(tx, { ...audit, action: 'denied', entity: 'sign_in', detail: { ...detail, reason: 'locked' } });
      return { ok: false, reason: 'locked' } as const;
    }
    if (!matches) return recordFailure(tx, user, now, detail);
    await tx.query(
      'UPDATE app_user SET failed_sign_ins = 0, first_failed_sign_in_at = NULL, locked_until = NULL WHERE la_code = $1 AND id = $2',
      [user.la_code, user.id],
    );
    if (request.previousToken) {
      await tx.query('UPDATE user_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
        tokenHash(request.previousToken),
        now,
      ]);
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 60 * MINUTE);
    await tx.query(
      'INSERT INTO user_session (id, la_code, user_id, created_at, expires_at, last_seen_at, address) VALUES ($1, $2, $3, $4, $5, $4, $6)',
      [tokenHash(token), user.la_code, user.id, now, expiresAt, request.address ?? null],
    );
    await recordAudit(tx, { ...audit, action: 'sign_in', entity: 'user_session', detail });
    return { ok: true, token, expiresAt, user, actor: actorOf(user) } as const;
  });
}

/** Counts a failed password within the window; the fifth locks the account (a second audit row says so). */
async function recordFailure(tx: Db, user: UserRow, now: Date, detail: Record<string, unknown>): Promise<SignInResult> {
  const windowOpen =
    user.first_failed_sign_in_at &&
    now.getTime() - user.first_failed_sign_in_at.getTime() < LOCKOUT_WINDOW_MINUTES * MINUTE;
  const failures = windowOpen ? user.failed_sign_ins + 1 : 1;
  const lockedUntil = failures >= LOCKOUT_FAILURES ? new Date(now.getTime() + LOCKOUT_MINUTES * MINUTE) : null;
  // A lockout starts a fresh count for when it ends; otherwise the window runs from its first failure.
  const windowStart = lockedUntil ? null : windowOpen ? user.first_failed_sign_in_at : now;
  await tx.query(
    `UPDATE app_user SET failed_sign_ins = $3, first_failed_sign_in_at = $4, locked_until = $5 WHERE la_code = $1 AND id = $2`,
    [user.la_code, user.id, lockedUntil ? 0 : failures, windowStart, lockedUntil],
  );
  const audit = { laCode: user.la_code, actor: user.id, action: 'denied', at: now } as const;
  await recordAudit(tx, { ...audit, entity: 'sign_in', detail: { ...detail, reason: 'bad_password', failures } });
  if (lockedUntil) {
    await recordAudit(tx, {
      ...audit,
      entity: 'app_user',
      entityId: user.id,
      detail: { reason: 'locked_out', until: lockedUntil.toISOString() },
    });
    return { ok: false, reason: 'locked' };
  }
  return { ok: false, reason: 'invalid' };
}

export interface ActiveSession {
  user: UserRow;
  actor: Actor;
  expiresAt: Date;
}

/**
 * The session a token opens, if it is still good: not revoked, within 12 hours of sign-in, used within
 * the last 30 minutes, its user still active. Marks it used. Undefined for anything else.
 */
export async function findSession(db: Db, token: string, now: Date = new Date()): Promise<ActiveSession | undefined> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MINUTES * MINUTE);
  const [row] = await db.query<{ la_code: string; user_id: string; expires_at: Date }>(
    `UPDATE user_session s SET last_seen_at = $2
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3
      RETURNING s.la_code, s.user_id, s.expires_at`,
    [tokenHash(token), now, idleSince],
  );
  if (!row) return undefined;
  const [user] = await db.query<UserRow>('SELECT * FROM app_user WHERE la_code = $1 AND id = $2 AND active', [
    row.la_code,
    row.user_id,
  ]);
  return user ? { user, actor: actorOf(user), expiresAt: row.expires_at } : undefined;
}

/** Signs out: the session stops working at once. Audited when there was a session to end. */
export async function signOut(db: Db, token: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ la_code: string; user_id: string }>(
      'UPDATE user_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING la_code, user_id',
      [tokenHash(token), now],
    );
    if (row)
      await recordAudit(tx, {
        laCode: row.la_code,
        actor: row.user_id,
        action: 'sign_out',
        entity: 'user_session',
        at: now,
      });
  });
}

/** Revokes every session of a user (an administrator's action, or after a suspected compromise). */
export async function revokeSessions(
  db: Db,
  laCode: string,
  userId: string,
  by: string,
  now: Date = new Date(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      'UPDATE user_session SET revoked_at = $3 WHERE la_code = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id',
      [laCode, userId, now],
    );
    await recordAudit(tx, {
      laCode,
      actor: by,
      action: 'update',
      entity: 'user_session',
      entityId: userId,
      at: now,
      detail: { change: 'revoke', sessions: rows.length },
    });
    return rows.length;
  });
}
