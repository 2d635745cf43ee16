/**
 * API tokens for service accounts (integrations): made by an administrator, shown once, stored only as
 * a SHA-256, acting with one role the account holds, and always expiring (at most a year ahead). A
 * refused token writes an audit row like a refused sign-in.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { NO_COUNCIL, recordAudit } from './audit.ts';
import type { Actor, Role } from './policy.ts';
import { tokenHash } from './sessions.ts';
import { AccountError, actorOf, getUser } from './users.ts';

export const MAX_TOKEN_DAYS = 366;
/** Marks the string as a Kestrel token, so secret scanners and people can recognise a leaked one. */
const TOKEN_PREFIX = 'kst_';

export interface NewApiToken {
  username: string;
  role: Role;
  label: string;
  expiresAt: Date;
  now?: Date | undefined;
}

/** Makes a token and returns it: the only time it can be seen. */
export async function createApiToken(db: Db, request: NewApiToken, by: string): Promise<string> {
  const now = request.now ?? new Date();
  if (!(request.expiresAt > now)) throw new AccountError('a token must expire in the future');
  if (request.expiresAt.getTime() - now.getTime() > MAX_TOKEN_DAYS * 86_400_000)
    throw new AccountError(`a token may last at most ${MAX_TOKEN_DAYS} days`);
  if (!request.label.trim()) throw new AccountError('a token needs a label saying what it is for');
  return db.transaction(async (tx) => {
    const user = await getUser(tx, request.username);
    if (!user.service_account)
      throw new AccountError(`${user.username} is not a service account; tokens are for integrations`);
    if (!user.active) throw new AccountError(`${user.username} is disabled`);
    if (!actorOf(user).roles.includes(request.role))
      throw new AccountError(`${user.username} does not hold the role ${request.role}`);
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    await tx.query(
      'INSERT INTO api_token (token_hash, la_code, user_id, role, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [tokenHash(token), user.la_code, user.id, request.role, request.label.trim(), now, request.expiresAt],
    );
    await recordAudit(tx, {
      laCode: user.la_code,
      actor: by,
      action: 'create',
      entity: 'api_token',
      entityId: user.id,
      at: now,
      detail: { role: request.role, label: request.label.trim(), expires: request.expiresAt.toISOString() },
    });
    return token;
  });
}

/**
 * The actor a presented token acts as (its one role), or undefined when it is unknown, expired, revoked
 * or its account disabled; a refusal is audited.
 */
export async function actorForToken(db: Db, token: string, now: Date = new Date()): Promise<Actor | undefined> {
  const [row] = await db.query<{
    la_code: string;
    user_id: string;
    role: Role;
    expires_at: Date;
    revoked_at: Date | null;
    active: boolean;
  }>(
    `SELECT t.la_code, t.user_id, t.role, t.expires_at, t.revoked_at, u.active
       FROM api_token t JOIN app_user u ON u.la_code = t.la_code AND u.id = t.user_id WHERE t.token_hash = $1`,
    [tokenHash(token)],
  );
  const reason = !row
    ? 'unknown_token'
    : row.revoked_at
      ? 'revoked'
      : row.expires_at <= now
        ? 'expired'
        : !row.active
          ? 'account_disabled'
          : undefined;
  if (reason || !row) {
    await recordAudit(db, {
      laCode: row?.la_code ?? NO_COUNCIL,
      actor: row?.user_id ?? 'unknown:token',
      action: 'denied',
      entity: 'api_token',
      at: now,
      detail: { reason },
    });
    return undefined;
  }
  return { laCode: row.la_code, userId: row.user_id, roles: [row.role], active: true };
}

/** Withdraws a service account's tokens with this label; returns how many. */
export async function revokeApiTokens(
  db: Db,
  username: string,
  label: string,
  by: string,
  now: Date = new Date(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const user = await getUser(tx, username);
    const rows = await tx.query(
      'UPDATE api_token SET revoked_at = $4 WHERE la_code = $1 AND user_id = $2 AND label = $3 AND revoked_at IS NULL RETURNING 1',
      [user.la_code, user.id, label, now],
    );
    await recordAudit(tx, {
      laCode: user.la_code,
      actor: by,
      action: 'update',
      entity: 'api_token',
      entityId: user.id,
      at: now,
      detail: { change: 'revoke', label, tokens: rows.length },
    });
    return rows.length;
  });
}
