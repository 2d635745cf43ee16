/** GET /api/me: who the API takes the caller to be, and (for a browser session) the CSRF token to send. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { csrfToken } from '../auth/csrf.ts';
import type { RequestEnv } from '../request-store.ts';
import { callerOf } from './caller.ts';
import { MeSchema, REFUSALS } from './schemas.ts';

const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  summary: 'The signed-in user or token',
  responses: {
    200: { content: { 'application/json': { schema: MeSchema } }, description: 'The caller.' },
    401: REFUSALS[401],
  },
});

export function registerMeRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(meRoute, (c) => {
    const caller = callerOf(c);
    return c.json(
      {
        userId: caller.actor.userId,
        laCode: caller.actor.laCode,
        roles: [...caller.actor.roles],
        displayName: caller.user?.display_name ?? null,
        signedInWith: caller.by,
        csrfToken: caller.by === 'session' ? csrfToken(c) : null,
      },
      200,
    );
  });
}
