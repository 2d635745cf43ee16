/**
 * Who is asking. An `Authorization: Bearer` header is an integration's API token (tokens.ts; a bad one
 * is refused with 401, never treated as anonymous); otherwise the session cookie names a signed-in
 * person (sessions.ts: still good, not revoked, not idle). `requireCaller` then refuses the rest: API
 * requests with 401 and an audit row, pages by sending the browser to the sign-in page.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { NO_COUNCIL, recordAudit } from '../../access/audit.ts';
import { findSession } from '../../access/sessions.ts';
import { actorForToken } from '../../access/tokens.ts';
import { ApiError } from '../errors.ts';
import type { Caller, RequestEnv } from '../request-store.ts';
import { clearCookie, readCookie } from './cookies.ts';

/** The address of the client: the socket's, or the proxy's X-Forwarded-For when KESTREL_TRUST_PROXY=1. */
export function clientAddress(c: Context): string {
  if (process.env.KESTREL_TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded && /^[\d.:a-fA-F]{2,45}$/.test(forwarded)) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

export function identify(): MiddlewareHandler<RequestEnv> {
  return async (c, next) => {
    c.set('address', clientAddress(c));
    c.set('caller', await findCaller(c));
    await next();
  };
}

async function findCaller(c: Context<RequestEnv>): Promise<Caller | undefined> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer ([\w~+/.-]{10,200}=*)$/.exec(authorization)?.[1];
    const actor = token ? await actorForToken(c.var.db(), token, c.var.now()) : undefined;
    if (!actor) {
      if (!token) await auditRefusal(c, 'malformed_authorization');
      throw new ApiError('unauthenticated', 'The API token is not valid: it is unknown, expired or revoked.');
    }
    return { actor, user: undefined, sessionToken: undefined, by: 'token' };
  }
  const sessionToken = readCookie(c, 'session');
  if (!sessionToken) return undefined;
  const session = await findSession(c.var.db(), sessionToken, c.var.now());
  if (!session) {
    clearCookie(c, 'session'); // lapsed or revoked: the browser forgets it
    return undefined;
  }
  return { actor: session.actor, user: session.user, sessionToken, by: 'session' };
}

/** Refuses a request that needs a caller and has none: 401 for the API (audited), sign-in for pages. */
export function requireCaller(): MiddlewareHandler<RequestEnv> {
  return async (c, next) => {
    if (c.var.caller) return next();
    if (c.req.path.startsWith('/api/')) {
      await auditRefusal(c, 'no_session');
      throw new ApiError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer ...".');
    }
    const next_ = c.req.method === 'GET' ? c.req.path : '/';
    return c.redirect(`/sign-in?next=${encodeURIComponent(next_)}`, 303);
  };
}

/** A refusal before anyone is known: no council can be named, so it is filed under NO_COUNCIL. */
export async function auditRefusal(c: Context<RequestEnv>, reason: string): Promise<void> {
  await recordAudit(c.var.db(), {
    laCode: NO_COUNCIL,
    actor: 'anonymous',
    action: 'denied',
    entity: 'request',
    at: c.var.now(),
    detail: { reason, via: `${c.req.method} ${c.req.path}`.slice(0, 200), address: c.var.address },
  });
}
