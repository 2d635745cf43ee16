/**
 * Cross-site request forgery (OWASP CSRF Prevention Cheat Sheet): every state-changing request that a
 * browser's cookies could authorise must carry a token another site cannot know. The token is an HMAC,
 * under the server's secret, of the session token for a signed-in person (a synchronizer token that
 * needs no storage and dies with the session), or of a random pre-session cookie for the sign-in form
 * (so a forged sign-in cannot plant the attacker's session). Forms send it as `_csrf`, scripts as the
 * `X-CSRF-Token` header. Requests with an API token carry no ambient credential and need none.
 */
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { recordAudit } from '../../access/audit.ts';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { readCookie, writeCookie } from './cookies.ts';
import { auditRefusal } from './identify.ts';
import { sameText, sign } from './secret.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token this request's forms must carry (setting the pre-session cookie when there is none). */
export function csrfToken(c: Context<RequestEnv>): string {
  const session = c.var.caller?.sessionToken;
  if (session) return sign('csrf-session', session);
  let anonymous = readCookie(c, 'csrf');
  if (!anonymous) {
    anonymous = randomBytes(24).toString('base64url');
    writeCookie(c, 'csrf', anonymous);
  }
  return sign('csrf-anonymous', anonymous);
}

/** The token expected for this request, or undefined when there is nothing to bind one to. */
function expectedToken(c: Context<RequestEnv>): string | undefined {
  const session = c.var.caller?.sessionToken;
  if (session) return sign('csrf-session', session);
  const anonymous = readCookie(c, 'csrf');
  return anonymous ? sign('csrf-anonymous', anonymous) : undefined;
}

async function presentedToken(c: Context<RequestEnv>): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const value = (await c.req.parseBody())._csrf;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Refuses (403, audited) an unsafe request without the right token, unless it came with an API token. */
export function checkCsrf(): MiddlewareHandler<RequestEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.var.caller?.by === 'token') return next();
    const expected = expectedToken(c);
    const presented = await presentedToken(c);
    if (expected && presented && sameText(expected, presented)) return next();
    const caller = c.var.caller;
    const detail = { reason: 'csrf', via: `${c.req.method} ${c.req.path}`, address: c.var.address };
    if (caller)
      await recordAudit(c.var.db(), {
        laCode: caller.actor.laCode,
        actor: caller.actor.userId,
        action: 'denied',
        entity: 'request',
        at: c.var.now(),
        detail,
      });
    else await auditRefusal(c, 'csrf');
    throw new ApiError(
      'forbidden',
      'The form has expired or did not come from this site. Go back, reload the page and try again.',
      '_csrf',
    );
  };
}
