/** What every Administration route needs: the page context, the request as audit rows name it, and the answer. */
import type { Context } from 'hono';
import type { RequestEnv } from '../request-store.ts';
import { pageContext, type PageContext } from './page-context.ts';
import type { AdminRequest } from './admin-users-data.ts';

export function adminContext(c: Context<RequestEnv>): { context: PageContext; request: AdminRequest } {
  const context = pageContext(c);
  return { context, request: { actor: context.actor, via: context.via, address: context.address } };
}

/** A rendered page as the response (400 for a refused form, shown again with its error summary). */
export function show(c: Context<RequestEnv>, html: unknown, status: 200 | 400 | 404 = 200): Response {
  return c.html(`<!DOCTYPE html>${String(html)}`, status);
}
