/** What every API route needs about who is asking, and how a policy refusal is answered. */
import type { Context } from 'hono';
import type { Decision } from '../../access/policy.ts';
import { ApiError } from '../errors.ts';
import type { Caller, RequestEnv } from '../request-store.ts';

export function callerOf(c: Context<RequestEnv>): Caller {
  const caller = c.var.caller;
  if (!caller) throw new ApiError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer ...".');
  return caller;
}

/** How the request came, for audit rows: the method and the route's pattern (never the raw path). */
export function viaOf(c: Context<RequestEnv>): string {
  return `${c.req.method} ${c.req.routePath}`;
}

export function auditContext(c: Context<RequestEnv>): { via: string; address: string } {
  return { via: viaOf(c), address: c.var.address };
}

/**
 * The answer to a refused decision (already audited by scope.ts): a child outside scope reads as absent
 * (404), so a refusal never confirms that the child exists; the rest is 403.
 */
export function refusal(decision: Extract<Decision, { allowed: false }>): ApiError {
  if (decision.reason === 'not_found') return new ApiError('not_found', 'There is no such record.');
  return new ApiError('forbidden', 'Your role does not allow this.');
}
