/**
 * Sign-in throttling by network address, beside the per-account lockout of sessions.ts (OWASP
 * Authentication Cheat Sheet: limit per account and per source). More than ADDRESS_FAILURE_LIMIT
 * failures from one address within ADDRESS_WINDOW_MINUTES refuse further attempts from it until the
 * oldest falls out of the window; a refusal is audited like any other. Times come from `now`.
 */
import type { Db } from '../store/db.ts';
import { NO_COUNCIL, recordAudit } from './audit.ts';

/** Generous enough for an office behind one address, far too few for guessing passwords. */
export const ADDRESS_FAILURE_LIMIT = 20;
export const ADDRESS_WINDOW_MINUTES = 15;

const MINUTE = 60_000;

/** True when the address has used up its failures; the refusal is audited. */
export async function addressIsThrottled(db: Db, address: string, username: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * MINUTE);
  const [row] = await db.query<{ failures: number }>(
    'SELECT count(*)::int AS failures FROM sign_in_failure WHERE address = $1 AND at > $2',
    [address, since],
  );
  if ((row?.failures ?? 0) < ADDRESS_FAILURE_LIMIT) return false;
  await recordAudit(db, {
    laCode: NO_COUNCIL,
    actor: `unknown:${username.slice(0, 64)}`,
    action: 'denied',
    entity: 'sign_in',
    at: now,
    detail: { via: 'password', address, reason: 'address_throttled' },
  });
  return true;
}

/** Counts one failure from the address, forgetting that address's failures older than the window. */
export async function recordAddressFailure(db: Db, address: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * MINUTE);
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM sign_in_failure WHERE address = $1 AND at <= $2', [address, since]);
    await tx.query('INSERT INTO sign_in_failure (address, at) VALUES ($1, $2)', [address, now]);
  });
}
