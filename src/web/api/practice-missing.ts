/**
 * GET /api/practice/missing: missing episodes with return interviews offered and taken within 72 hours,
 * repeat missing children, and children considered under the exploitation arrangements by sex, type and
 * level of risk (seed 002's VEMT figures), from src/practice/missing as `kestrel missing` gives it. The
 * policy's `missing` grant decides who uses it; the measures count every child (figures), the lists only
 * the children the caller may see, each audited in the same transaction as the reading.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { missingReport } from '../../practice/missing/missing.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf } from './caller.ts';
import { dateField, periodField, runTool, viewerOf } from './practice-query.ts';
import { MissingQuerySchema, MissingReportSchema } from './practice-schemas.ts';
import { REFUSALS } from './schemas.ts';

const missingRoute = createRoute({
  method: 'get',
  path: '/api/practice/missing',
  summary: 'Missing episodes and return interviews, repeat missing children, exploitation by type and level',
  request: { query: MissingQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: MissingReportSchema } }, description: 'Lists and measures.' },
    ...REFUSALS,
  },
});

export function registerPracticeMissingRoutes(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(missingRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const at = dateField(query.at, 'at', c.var.today());
    const period = query.period || 'quarter';
    periodField(period, at, limits);
    const db = c.var.db();
    const context = auditContext(c);
    const viewer = await viewerOf(db, actor, 'missing', undefined, { on: at, ...context });
    const report = await runTool(() =>
      missingReport(db, {
        la: actor.laCode,
        at,
        period,
        repeatAt: query.repeat ?? 2,
        actor: actor.userId,
        via: context.via,
        visible: viewer.visible,
      }),
    );
    return c.json(report, 200);
  });
}
