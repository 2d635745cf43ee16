/**
 * Each request's view of the store: its statements run under the request's time limit and wait in the
 * store's bounded queue (Store.forRequest). Routes take it from the context (`c.var.db()`), so none
 * can reach the store without the limits; it is made on first use, so a request refused while being
 * checked never touches the store.
 */
import { ScorecardCache } from '../framework/scorecard-cache.ts';
import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../access/policy.ts';
import type { UserRow } from '../access/users.ts';
import type { Db, Store } from '../store/db.ts';

/** Who is asking: a signed-in person (session cookie) or an integration (API token). */
export interface Caller {
  actor: Actor;
  /** The account, for a signed-in person (a token carries only its actor). */
  user: UserRow | undefined;
  /** The session's token, for a signed-in person: CSRF tokens are bound to it, sign-out revokes it. */
  sessionToken: string | undefined;
  by: 'session' | 'token';
}

export interface RequestEnv {
  Variables: {
    db: () => Db;
    /** The same bounded store under the longer time limit of a return import (limits.importTimeoutMs). */
    importDb: () => Db;
    /** Set by auth/identify.ts; undefined when no valid session or token came with the request. */
    caller: Caller | undefined;
    /** The network address the request came from, for audit rows and per-address limits. */
    address: string;
    /** The clock and date of the request (tests pin them). */
    now: () => Date;
    today: () => string;
    /** Scorecards this server built lately (framework/scorecard-cache.ts); cleared after every change. */
    scorecards: ScorecardCache;
  };
}

export function requestStore(
  store: Store,
  timeoutMs: number,
  importTimeoutMs = timeoutMs,
  scorecards = new ScorecardCache(),
): MiddlewareHandler<RequestEnv> {
  return async (c, next) => {
    let db: Db | undefined;
    let importDb: Db | undefined;
    c.set('db', () => (db ??= store.forRequest(timeoutMs)));
    c.set('importDb', () => (importDb ??= store.forRequest(importTimeoutMs)));
    c.set('scorecards', scorecards);
    await next();
    // Any request that may have changed something (every form post and API write) and did not fail
    // drops the scorecards built before it, so the change shows on the next page.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) scorecards.clear();
  };
}
