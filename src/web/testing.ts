/**
 * For web tests: sessions for the access fixture's users (a password set through users.ts, then the real
 * sign-in of sessions.ts), the headers that carry them, and the audit rows a request wrote.
 */
import type { Db } from '../store/db.ts';
import { signIn } from '../access/sessions.ts';
import { resetPassword } from '../access/users.ts';
import { sign } from './auth/secret.ts';

export const TEST_PASSWORD = 'kestrel test passphrase 7';

export interface TestSession {
  token: string;
  /** Cookie header for the session. */
  cookie: string;
  /** The CSRF token forms and POSTs of this session must carry. */
  csrf: string;
}

/** Gives the user a password and signs them in (at `now`, default the real clock). */
export async function signInAs(db: Db, username: string, now?: Date): Promise<TestSession> {
  await resetPassword(db, username, TEST_PASSWORD, 'test');
  const result = await signIn(db, { username, password: TEST_PASSWORD, now });
  if (!result.ok) throw new Error(`test sign-in of ${username} failed: ${result.reason}`);
  return { token: result.token, cookie: `kestrel-session=${result.token}`, csrf: sign('csrf-session', result.token) };
}

export interface AuditLine {
  actor: string;
  action: string;
  entity: string;
  child_id: string | null;
  detail: Record<string, unknown> | null;
}

/** Audit rows written after the row with id `after`, oldest first. */
export async function auditSince(db: Db, after: number): Promise<AuditLine[]> {
  return db.query<AuditLine>(
    'SELECT actor, action, entity, child_id, detail FROM audit_log WHERE id > $1 ORDER BY id',
    [after],
  );
}

export async function lastAuditId(db: Db): Promise<number> {
  const [row] = await db.query<{ id: string | null }>('SELECT max(id)::text AS id FROM audit_log');
  return Number(row?.id ?? 0);
}
