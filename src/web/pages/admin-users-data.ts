/**
 * The reads and changes behind the Users and roles pages, all through access/users.ts (each change
 * writes its audit row in its own transaction there). Listing accounts is a read of staff data, so it
 * is audited too, in the same transaction as the read. An account of another council is absent.
 */
import { recordAudit } from '../../access/audit.ts';
import { generatePassword } from '../../access/passwords.ts';
import { isRole, ROLES, type Actor, type Role } from '../../access/policy.ts';
import {
  AccountError,
  addUser,
  disableUser,
  findUser,
  listUsers,
  resetPassword,
  setRole,
  type RolePlacement,
  type UserRow,
} from '../../access/users.ts';
import type { Db } from '../../store/db.ts';
import type { FieldError, Option } from './admin-form.tsx';

/** The roles in words, as DOMAIN.md names the people. */
export const ROLE_NAMES: Record<Role, string> = {
  social_worker: 'Social worker',
  team_manager: 'Team manager',
  head_of_service: 'Head of service',
  performance_analyst: 'Performance analyst',
  quality_assurance: 'Quality assurance officer',
  councillor: 'Councillor',
  administrator: 'Administrator',
};

export const ROLE_OPTIONS: Option[] = ROLES.map((role) => ({ value: role, text: ROLE_NAMES[role] }));

export type AccountStatus = 'active' | 'disabled' | 'locked' | 'service account';

export interface AccountLine {
  user: UserRow;
  status: AccountStatus;
  lastSignIn: Date | null;
}

/** For audit rows: who asked, by which route, from where. */
export interface AdminRequest {
  actor: Actor;
  via: string;
  address: string;
}

export function statusOf(user: UserRow, now: Date): AccountStatus {
  if (!user.active) return 'disabled';
  if (user.locked_until && user.locked_until > now) return 'locked';
  return user.service_account ? 'service account' : 'active';
}

/** The council's accounts with their last sign-in, audited as a view of the staff list. */
export async function listAccounts(db: Db, request: AdminRequest, now: Date): Promise<AccountLine[]> {
  const laCode = request.actor.laCode;
  return db.transaction(async (tx) => {
    const users = await listUsers(tx, laCode);
    const signIns = await tx.query<{ user_id: string; last: Date }>(
      'SELECT user_id, max(created_at) AS last FROM user_session WHERE la_code = $1 GROUP BY user_id',
      [laCode],
    );
    const last = new Map(signIns.map((row) => [row.user_id, new Date(row.last)]));
    await recordAudit(tx, {
      laCode,
      actor: request.actor.userId,
      action: 'view',
      entity: 'app_user',
      at: now,
      detail: { list: users.length, via: request.via, address: request.address },
    });
    return users.map((user) => ({ user, status: statusOf(user, now), lastSignIn: last.get(user.id) ?? null }));
  });
}

/** One account of the council with its status and last sign-in; undefined for an unknown name or another council's. */
export async function loadAccount(
  db: Db,
  laCode: string,
  username: string,
  now: Date,
): Promise<AccountLine | undefined> {
  const user = await findUser(db, username);
  if (!user || user.la_code !== laCode) return undefined;
  const [signIn] = await db.query<{ last: Date | null }>(
    'SELECT max(created_at) AS last FROM user_session WHERE la_code = $1 AND user_id = $2',
    [user.la_code, user.id],
  );
  return { user, status: statusOf(user, now), lastSignIn: signIn?.last ? new Date(signIn.last) : null };
}

/** As loadAccount, audited as a view of that account in the same transaction (the account page). */
export async function viewAccount(
  db: Db,
  request: AdminRequest,
  username: string,
  now: Date,
): Promise<AccountLine | undefined> {
  return db.transaction(async (tx) => {
    const line = await loadAccount(tx, request.actor.laCode, username, now);
    if (!line) return undefined;
    await recordAudit(tx, {
      laCode: line.user.la_code,
      actor: request.actor.userId,
      action: 'view',
      entity: 'app_user',
      entityId: line.user.id,
      at: now,
      detail: { via: request.via, address: request.address },
    });
    return line;
  });
}

/** The teams and services a scoped role may be placed in, for the form's choices. */
export async function placementChoices(db: Db, laCode: string): Promise<{ teams: Option[]; services: Option[] }> {
  const teams = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM team WHERE la_code = $1 AND closed IS NULL ORDER BY name, id',
    [laCode],
  );
  const services = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM service WHERE la_code = $1 ORDER BY name, id',
    [laCode],
  );
  const none = { value: '', text: 'None' };
  return {
    teams: [none, ...teams.map((t) => ({ value: t.id, text: `${t.name} (${t.id})` }))],
    services: [none, ...services.map((s) => ({ value: s.id, text: `${s.name} (${s.id})` }))],
  };
}

/** What the account forms send, as text (so a refused form is shown again as it was filled in). */
export interface AccountForm {
  username: string;
  displayName: string;
  role: string;
  also: string[];
  teamId: string;
  workerId: string;
  serviceId: string;
  /** `password`: one is generated and shown once; `identity-provider`: the council's single sign-on only. */
  signIn: string;
}

type Body = Record<string, string | File | (string | File)[]>;

function text(body: Body, name: string, max = 200): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

function texts(body: Body, name: string): string[] {
  const value = body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string').slice(0, ROLES.length);
}

export function readAccountForm(body: Body): AccountForm {
  return {
    username: text(body, 'username', 64),
    displayName: text(body, 'displayName'),
    role: text(body, 'role', 40),
    also: texts(body, 'also'),
    teamId: text(body, 'teamId', 20),
    workerId: text(body, 'workerId', 20),
    serviceId: text(body, 'serviceId', 20),
    signIn: text(body, 'signIn', 40),
  };
}

/** The problems the form can show before asking the store; the store's own refusals come after. */
function placementProblems(form: AccountForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!isRole(form.role)) errors.push({ field: 'role', message: 'Select a role' });
  if (form.also.some((role) => !isRole(role)))
    errors.push({ field: 'also', message: 'Select further roles from the list' });
  return errors;
}

function placementOf(form: AccountForm): RolePlacement {
  const role = form.role as Role;
  return {
    role,
    additionalRoles: form.also.filter((other): other is Role => isRole(other) && other !== role),
    teamId: form.teamId || undefined,
    workerId: form.workerId || undefined,
    serviceId: form.serviceId || undefined,
  };
}

/**
 * An AccountError in the form's words, beside the field it is about. users.ts writes for the command
 * line as well ("needs --team"); the page names the field instead.
 */
export function accountProblem(error: AccountError): FieldError {
  const message = error.message
    .replace(/needs --(team|worker|service) /, 'needs a $1 ')
    .replace(/\b(social_worker|team_manager|head_of_service)\b/, (role) => ROLE_NAMES[role as Role].toLowerCase());
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  const field = /display name/.test(message)
    ? 'displayName'
    : /username/.test(message)
      ? 'username'
      : /\bteam\b/.test(message)
        ? 'teamId'
        : /\bworker\b/.test(message)
          ? 'workerId'
          : /\bservice\b/.test(message)
            ? 'serviceId'
            : 'role';
  return { field, message: sentence };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Runs a change; an AccountError becomes the form's error (beside `field` when given). */
async function attempt<T>(work: () => Promise<T>, field?: string): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    const problem = accountProblem(error);
    return { ok: false, errors: [field ? { ...problem, field } : problem] };
  }
}

/** Adds the account; with a password, the generated one comes back to be shown once and never again. */
export async function addAccount(
  db: Db,
  request: AdminRequest,
  form: AccountForm,
): Promise<Outcome<{ user: UserRow; password: string | null }>> {
  // In the order the fields are on the page, as the error summary lists them.
  const errors: FieldError[] = [];
  if (!form.username) errors.push({ field: 'username', message: 'Enter a user name' });
  if (!form.displayName) errors.push({ field: 'displayName', message: 'Enter the name shown for them' });
  errors.push(...placementProblems(form));
  if (form.signIn !== 'password' && form.signIn !== 'identity-provider')
    errors.push({ field: 'signIn', message: 'Select how they sign in' });
  if (errors.length > 0) return { ok: false, errors };
  const password = form.signIn === 'password' ? generatePassword() : null;
  const laCode = request.actor.laCode;
  return attempt(async () => {
    const user = await addUser(
      db,
      { laCode, username: form.username, displayName: form.displayName, ...placementOf(form) },
      password,
      request.actor.userId,
    );
    return { user, password };
  });
}

/**
 * Changes a role. Nobody changes their own (separation of duties: a user cannot raise their own access,
 * and an administrator cannot remove the last way back in by accident); another administrator does it.
 */
export async function changeRole(
  db: Db,
  request: AdminRequest,
  target: UserRow,
  form: AccountForm,
): Promise<Outcome<UserRow>> {
  if (target.id === request.actor.userId)
    return {
      ok: false,
      errors: [{ field: 'role', message: 'You cannot change your own role: ask another administrator' }],
    };
  const errors = placementProblems(form);
  if (errors.length > 0) return { ok: false, errors };
  return attempt(() => setRole(db, target.username, placementOf(form), request.actor.userId));
}

/** A new generated password, shown once; the user's sessions end and any lockout is lifted. */
export async function resetAccountPassword(db: Db, request: AdminRequest, target: UserRow): Promise<Outcome<string>> {
  const password = generatePassword();
  return attempt(async () => {
    await resetPassword(db, target.username, password, request.actor.userId);
    return password;
  }, 'reset');
}

/** Disables the account (kept for the audit trail); not one's own, for the reason changeRole gives. */
export async function disableAccount(db: Db, request: AdminRequest, target: UserRow): Promise<Outcome<null>> {
  if (target.id === request.actor.userId)
    return {
      ok: false,
      errors: [{ field: 'disable', message: 'You cannot disable your own account: ask another administrator' }],
    };
  if (!target.active) return { ok: false, errors: [{ field: 'disable', message: 'This account is already disabled' }] };
  return attempt(async () => {
    await disableUser(db, target.username, request.actor.userId);
    return null;
  }, 'disable');
}

/** The form filled in with the account as it stands, for the change-role form. */
export function formOf(user: UserRow): AccountForm {
  return {
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    also: [...user.additional_roles],
    teamId: user.team_id ?? '',
    workerId: user.worker_id ?? '',
    serviceId: user.service_id ?? '',
    signIn: user.password_hash ? 'password' : 'identity-provider',
  };
}
