/** What every signed-in page needs from the request: the caller, the header's name and CSRF token, the date. */
import type { Context } from 'hono';
import type { Actor } from '../../access/policy.ts';
import { csrfToken } from '../auth/csrf.ts';
import { ApiError } from '../errors.ts';
import type { Caller, RequestEnv } from '../request-store.ts';
import type { SignedIn } from './layout.tsx';

export interface PageContext {
  caller: Caller;
  actor: Actor;
  signedIn: SignedIn;
  /** The date the page is judged at (scope, clocks, figures). */
  today: string;
  /** For audit rows: the method and route pattern (never the raw path, which may carry a search). */
  via: string;
  address: string;
}

export function pageContext(c: Context<RequestEnv>): PageContext {
  const caller = c.var.caller;
  if (!caller) throw new ApiError('unauthenticated', 'Sign in to continue.');
  return {
    caller,
    actor: caller.actor,
    signedIn: {
      displayName: caller.user?.display_name ?? caller.actor.userId,
      csrfToken: csrfToken(c),
      roles: caller.actor.roles,
    },
    today: c.var.today(),
    via: `${c.req.method} ${c.req.routePath}`,
    address: c.var.address,
  };
}

/** A rendered page as the response, with the doctype JSX cannot write. */
export function page(c: Context<RequestEnv>, html: unknown, status: 200 | 400 | 403 | 404 = 200): Response {
  return c.html(`<!DOCTYPE html>${String(html)}`, status);
}
