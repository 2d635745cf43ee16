/**
 * User accounts: add, list, disable, reset a password, change a role. Each change writes its audit row
 * in the same transaction. Input problems throw AccountError with one line for the person at the
 * terminal or form; nothing is half-written.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { recordAudit } from './audit.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { isRole, type Actor, type Role } from './policy.ts';

/** A problem with what was asked (unknown user, bad role, weak password): one line, no stack. */
export class AccountError extends Error {
  override name = 'AccountError';
  readonly userFacing = true;
}

export interface UserRow {
  la_code: string;
  id: string;
  username: string;
  display_name: string;
  role: Role;
  additional_roles: Role[];
  team_id: string | null;
  worker_id: string | null;
  service_id: string | null;
  service_account: boolean;
  active: boolean;
  password_hash: string | null;
  failed_sign_ins: number;
  first_failed_sign_in_at: Date | null;
  locked_until: Date | null;
  created_at: Date;
}

/** Where a user's scope comes from: the worker record, team or service their roles need. */
export interface RolePlacement {
  role: Role;
  additionalRoles?: readonly Role[] | undefined;
  teamId?: string | undefined;
  workerId?: string | undefined;
  serviceId?: string | undefined;
}

export interface NewUser extends RolePlacement {
  laCode: string;
  username: string;
  displayName: string;
  serviceAccount?: boolean | undefined;
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** The actor a user acts as: every role they hold, within their council. */
export function actorOf(user: Pick<UserRow, 'la_code' | 'id' | 'role' | 'additional_roles' | 'active'>): Actor {
  return {
    laCode: user.la_code,
    userId: user.id,
    roles: [...new Set([user.role, ...user.additional_roles])],
    active: user.active,
  };
}

export async function findUser(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('SELECT * FROM app_user WHERE username = $1', [username.toLowerCase()]);
  return row;
}

export async function getUser(db: Db, username: string): Promise<UserRow> {
  const user = await findUser(db, username);
  if (!user) throw new AccountError(`no user "${username}"`);
  return user;
}

export async function listUsers(db: Db, laCode?: string): Promise<UserRow[]> {
  return db.query<UserRow>('SELECT * FROM app_user WHERE $1::text IS NULL OR la_code = $1 ORDER BY la_code, username', [
    laCode ?? null,
  ]);
}

/** Adds a user; `password` null makes an account that signs in through the identity provider only. */
export async function addUser(db: Db, user: NewUser, password: string | null, by: string): Promise<UserRow> {
  const username = user.username.toLowerCase();
  if (!USERNAME.test(username))
    throw new AccountError(`username "${user.username}" must be 2-64 letters, digits, dots, dashes, underscores or @`);
  if (!user.displayName.trim()) throw new AccountError('a display name is required');
  if (password !== null) rejectWeakPassword(password);
  if (user.serviceAccount && password !== null)
    throw new AccountError('a service account signs in with API tokens, never a password');
  const passwordHash = password === null ? null : await hashPassword(password);
  return db.transaction(async (tx) => {
    const [council] = await tx.query('SELECT 1 FROM council WHERE la_code = $1', [user.laCode]);
    if (!council) throw new AccountError(`no council ${user.laCode} in this store`);
    if (await findUser(tx, username)) throw new AccountError(`username "${username}" is taken`);
    await checkPlacement(tx, user.laCode, user);
    const id = `U${randomBytes(6).toString('hex')}`;
    await tx.query(
      `INSERT INTO app_user (la_code, id, username, display_name, role, additional_roles, team_id, worker_id, service_id, service_account, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11)`,
      [
        user.laCode,
        id,
        username,
        user.displayName.trim(),
        user.role,
        user.additionalRoles ?? [],
        user.teamId ?? null,
        user.workerId ?? null,
        user.serviceId ?? null,
        user.serviceAccount ?? false,
        passwordHash,
      ],
    );
    await recordAudit(tx, {
      laCode: user.laCode,
      actor: by,
      action: 'create',
      entity: 'app_user',
      entityId: id,
      detail: { username, role: user.role },
    });
    return (await findUser(tx, username))!;
  });
}

/** Withdraws access at once: the account is kept for the audit trail, its sessions and tokens revoked. */
export async function disableUser(db: Db, username: string, by: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await getUser(tx, username);
    await tx.query('UPDATE app_user SET active = false WHERE la_code = $1 AND id = $2', [user.la_code, user.id]);
    await revokeAllAccess(tx, user);
    await recordAudit(tx, {
      laCode: user.la_code,
      actor: by,
      action: 'update',
      entity: 'app_user',
      entityId: user.id,
      detail: { change: 'disable' },
    });
  });
}

/** Sets a new password, lifts any lockout and signs the user out everywhere. */
export async function resetPassword(db: Db, username: string, password: string, by: string): Promise<void> {
  rejectWeakPassword(password);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const user = await getUser(tx, username);
    if (user.service_account)
      throw new AccountError(`${username} is a service account: it has API tokens, not a password`);
    await tx.query(
      `UPDATE app_user SET password_hash = $3, failed_sign_ins = 0, first_failed_sign_in_at = NULL, locked_until = NULL
        WHERE la_code = $1 AND id = $2`,
      [user.la_code, user.id, passwordHash],
    );
    await revokeAllAccess(tx, user);
    await recordAudit(tx, {
      laCode: user.la_code,
      actor: by,
      action: 'update',
      entity: 'app_user',
      entityId: user.id,
      detail: { change: 'reset_password' },
    });
  });
}

/** Changes a user's roles and where their scope comes from; their sessions end so the change applies at once. */
export async function setRole(db: Db, username: string, placement: RolePlacement, by: string): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const user = await getUser(tx, username);
    await checkPlacement(tx, user.la_code, placement);
    await tx.query(
      `UPDATE app_user SET role = $3, additional_roles = $4::text[], team_id = $5, worker_id = $6, service_id = $7
        WHERE la_code = $1 AND id = $2`,
      [
        user.la_code,
        user.id,
        placement.role,
        placement.additionalRoles ?? [],
        placement.teamId ?? null,
        placement.workerId ?? null,
        placement.serviceId ?? null,
      ],
    );
    await revokeAllAccess(tx, user);
    await recordAudit(tx, {
      laCode: user.la_code,
      actor: by,
      action: 'update',
      entity: 'app_user',
      entityId: user.id,
      detail: {
        change: 'set_role',
        from: [user.role, ...user.additional_roles],
        to: [placement.role, ...(placement.additionalRoles ?? [])],
      },
    });
    return (await findUser(tx, username))!;
  });
}

function rejectWeakPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
}

async function revokeAllAccess(db: Db, user: UserRow): Promise<void> {
  await db.query(
    'UPDATE user_session SET revoked_at = now() WHERE la_code = $1 AND user_id = $2 AND revoked_at IS NULL',
    [user.la_code, user.id],
  );
  await db.query('UPDATE api_token SET revoked_at = now() WHERE la_code = $1 AND user_id = $2 AND revoked_at IS NULL', [
    user.la_code,
    user.id,
  ]);
}

/**
 * Each scoped role needs the record its scope is drawn from: a social worker their worker record, a
 * team manager their team, a head of service their service. Each named record must exist in the council.
 */
async function checkPlacement(db: Db, laCode: string, placement: RolePlacement): Promise<void> {
  const roles = [placement.role, ...(placement.additionalRoles ?? [])];
  for (const role of roles) if (!isRole(role)) throw new AccountError(`unknown role "${role}"`);
  const needs: Array<[Role, keyof RolePlacement, string, string]> = [
    ['social_worker', 'workerId', 'worker', '--worker'],
    ['team_manager', 'teamId', 'team', '--team'],
    ['head_of_service', 'serviceId', 'service', '--service'],
  ];
  for (const [role, key, table, flag] of needs) {
    const id = placement[key] as string | undefined;
    if (roles.includes(role) && !id)
      throw new AccountError(`a ${role} needs ${flag} (the ${table} whose children they see)`);
    if (id) {
      const [row] = await db.query(`SELECT 1 FROM ${table} WHERE la_code = $1 AND id = $2`, [laCode, id]);
      if (!row) throw new AccountError(`no ${table} "${id}" in council ${laCode}`);
    }
  }
}
