/**
 * Each request's view of the store: its statements run under the request's time limit and wait in the
 * store's bounded queue (Store.forRequest). Routes take it from the context (`c.var.db()`), so none
 * can reach the store without the limits; it is made on first use, so a request refused while being
 * checked never touches the store.
 */
import type { MiddlewareHandler } from 'hono';
import type { Db, Store } from '../store/db.ts';

export interface RequestEnv {
  Variables: { db: () => Db };
}

export function requestStore(store: Store, timeoutMs: number): MiddlewareHandler<RequestEnv> {
  return async (c, next) => {
    let db: Db | undefined;
    c.set('db', () => (db ??= store.forRequest(timeoutMs)));
    await next();
  };
}
