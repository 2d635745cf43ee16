/**
 * Sign-in through the council's identity provider (OpenID Connect): the claims it vouches for are
 * mapped to a Kestrel account by configuration. The account is the one whose username is the
 * configured claim (e.g. `preferred_username` or `email`); the provider's groups, when the mapping names
 * them, set the account's role and team (the first group listed in the mapping that the person is in),
 * creating the account on first sign-in. A person with no account and no mapped group gets no access: no
 * account is made, and the refusal is audited. The session is the same kind local sign-in makes
 * (sessions.ts): a random token stored as its hash, rotated at sign-in, audited in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../store/db.ts';
import { NO_COUNCIL, recordAudit } from './audit.ts';
import { ROLES, type Actor } from './policy.ts';
import { SESSION_ABSOLUTE_HOURS, tokenHash } from './sessions.ts';
import { actorOf, addUser, findUser, setRole, type RolePlacement, type UserRow } from './users.ts';

const Placement = z.object({
  role: z.enum(ROLES),
  additionalRoles: z.array(z.enum(ROLES)).optional(),
  teamId: z.string().min(1).optional(),
  workerId: z.string().min(1).optional(),
  serviceId: z.string().min(1).optional(),
});

/** The claim mapping (KESTREL_OIDC_MAPPING: JSON, or a path to a JSON file). */
export const OidcMapping = z.object({
  /** The council every account signing in through this provider belongs to. */
  laCode: z.string().regex(/^\d{3}$/),
  /** The claim holding the Kestrel username. */
  usernameClaim: z.string().min(1).default('preferred_username'),
  /** The claim holding the person's groups (Entra ID: `groups`, object ids). */
  groupsClaim: z.string().min(1).default('groups'),
  /** Group -> role and placement; the first group listed here that the person is in applies. */
  groups: z.record(z.string(), Placement).default({}),
});
export type OidcMapping = z.output<typeof OidcMapping>;

export type IdentitySignIn =
  | { ok: true; token: string; expiresAt: Date; user: UserRow; actor: Actor }
  | { ok: false; reason: 'unknown_person' | 'account_disabled' | 'no_username' };

export interface IdentityRequest {
  mapping: OidcMapping;
  /** The ID token's claims, already verified by the OpenID Connect client. */
  claims: Record<string, unknown>;
  issuer: string;
  address?: string | undefined;
  previousToken?: string | undefined;
  now?: Date | undefined;
}

/** The placement the person's groups map to, if any. */
export function placementFromClaims(mapping: OidcMapping, claims: Record<string, unknown>): RolePlacement | undefined {
  const held = claims[mapping.groupsClaim];
  const groups = new Set(Array.isArray(held) ? held.filter((g): g is string => typeof g === 'string') : []);
  const match = Object.entries(mapping.groups).find(([group]) => groups.has(group));
  return match?.[1];
}

export async function signInWithIdentity(db: Db, request: IdentityRequest): Promise<IdentitySignIn> {
  const now = request.now ?? new Date();
  const { mapping, claims } = request;
  const detail = { via: 'oidc', issuer: request.issuer, ...(request.address ? { address: request.address } : {}) };
  const claimed = claims[mapping.usernameClaim];
  const username = typeof claimed === 'string' ? claimed.toLowerCase().slice(0, 64) : '';
  const refuse = async (reason: 'unknown_person' | 'account_disabled' | 'no_username', user?: UserRow) => {
    await recordAudit(db, {
      laCode: user?.la_code ?? NO_COUNCIL,
      actor: user?.id ?? `unknown:${username || String(claims.sub ?? '').slice(0, 64)}`,
      action: 'denied',
      entity: 'sign_in',
      at: now,
      detail: { ...detail, reason },
    });
    return { ok: false, reason } as const;
  };
  if (!username) return refuse('no_username');
  const placement = placementFromClaims(mapping, claims);
  let user = await findUser(db, username);
  if (user && user.la_code !== mapping.laCode) return refuse('unknown_person', user);
  if (user && (!user.active || user.service_account)) return refuse('account_disabled', user);
  if (!user && !placement) return refuse('unknown_person');
  const by = `oidc:${request.issuer}`.slice(0, 200);
  if (!user) {
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : username;
    user = await addUser(db, { laCode: mapping.laCode, username, displayName: name, ...placement! }, null, by);
  } else if (placement && !samePlacement(user, placement)) {
    user = await setRole(db, username, placement, by);
  }
  return startSession(db, user, { now, detail, previousToken: request.previousToken, address: request.address });
}

function samePlacement(user: UserRow, placement: RolePlacement): boolean {
  const roles = (list: readonly string[]) => [...list].sort().join(',');
  return (
    user.role === placement.role &&
    roles(user.additional_roles) === roles(placement.additionalRoles ?? []) &&
    user.team_id === (placement.teamId ?? null) &&
    user.worker_id === (placement.workerId ?? null) &&
    user.service_id === (placement.serviceId ?? null)
  );
}

async function startSession(
  db: Db,
  user: UserRow,
  options: {
    now: Date;
    detail: Record<string, unknown>;
    previousToken?: string | undefined;
    address?: string | undefined;
  },
): Promise<IdentitySignIn> {
  const { now } = options;
  return db.transaction(async (tx) => {
    if (options.previousToken)
      await tx.query('UPDATE user_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
        tokenHash(options.previousToken),
        now,
      ]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000);
    await tx.query(
      'INSERT INTO user_session (id, la_code, user_id, created_at, expires_at, last_seen_at, address) VALUES ($1, $2, $3, $4, $5, $4, $6)',
      [tokenHash(token), user.la_code, user.id, now, expiresAt, options.address ?? null],
    );
    await recordAudit(tx, {
      laCode: user.la_code,
      actor: user.id,
      action: 'sign_in',
      entity: 'user_session',
      at: now,
      detail: options.detail,
    });
    return { ok: true, token, expiresAt, user, actor: actorOf(user) } as const;
  });
}
