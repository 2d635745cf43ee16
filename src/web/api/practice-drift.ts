/**
 * GET /api/practice/drift: the statutory and local clocks overdue or due soon on open cases at a date,
 * by team and worker, from the one clock engine (src/practice/clocks/drift.ts), as `kestrel drift`
 * gives it. The policy's `drift` grant decides the level (practice/viewer.ts); the clocks listed are
 * those of the children the caller may see, each child audited in the same transaction as the reading.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { driftList } from '../../practice/clocks/drift.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf } from './caller.ts';
import { clockField, dateField, levelField, practiceClockRules, runTool, viewerOf } from './practice-query.ts';
import { DriftQuerySchema, DriftReportSchema } from './practice-schemas.ts';
import { REFUSALS } from './schemas.ts';

const driftRoute = createRoute({
  method: 'get',
  path: '/api/practice/drift',
  summary: 'Clocks overdue or due soon, by team and worker, with the rule behind each (children audited)',
  request: { query: DriftQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: DriftReportSchema } }, description: 'The drift list.' },
    ...REFUSALS,
  },
});

export function registerPracticeDriftRoutes(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(driftRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    // Everything that needs no records is checked before the store is touched.
    const at = dateField(query.at, 'at', c.var.today());
    const level = levelField(query.level);
    const clockIds = clockField(c.req.queries('clock') ?? [], limits);
    const db = c.var.db();
    const context = auditContext(c);
    const viewer = await viewerOf(db, actor, 'drift', level, { on: at, ...context });
    const report = await runTool(() =>
      driftList(db, {
        la: actor.laCode,
        at,
        level: viewer.level,
        clockIds,
        rules: practiceClockRules(),
        actor: actor.userId,
        via: context.via,
        visible: viewer.visible,
      }),
    );
    return c.json(report, 200);
  });
}
