/**
 * GET /api/practice/proceedings: the care proceedings and permanence tracker (src/practice/proceedings)
 * as `kestrel proceedings` gives it: each case's stage, week number and expected end, the lists past 26
 * weeks and pre-proceedings past 16 weeks and 3 months, children without a permanence plan by their
 * second review, the adoption timeline against A1 and A2, and the average duration of proceedings ending
 * in the period with its underlying numbers. The policy's `proceedings` grant decides who uses it; the
 * cases listed are those of the children the caller may see, each audited in the same transaction.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { proceedingsTracker } from '../../practice/proceedings/tracker.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf } from './caller.ts';
import { dateField, periodField, practiceClockRules, runTool, viewerOf } from './practice-query.ts';
import { ProceedingsQuerySchema, ProceedingsReportSchema } from './practice-schemas.ts';
import { REFUSALS } from './schemas.ts';

const proceedingsRoute = createRoute({
  method: 'get',
  path: '/api/practice/proceedings',
  summary: 'Care proceedings and permanence tracker: stages, weeks, drift lists, adoption timeline, duration',
  request: { query: ProceedingsQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: ProceedingsReportSchema } }, description: 'The tracker.' },
    ...REFUSALS,
  },
});

export function registerPracticeProceedingsRoutes(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(proceedingsRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const at = dateField(query.at, 'at', c.var.today());
    const period = query.period || 'fy';
    periodField(period, at, limits);
    const db = c.var.db();
    const context = auditContext(c);
    const viewer = await viewerOf(db, actor, 'proceedings', undefined, { on: at, ...context });
    const report = await runTool(() =>
      proceedingsTracker(db, {
        la: actor.laCode,
        at,
        period,
        rules: practiceClockRules(),
        actor: actor.userId,
        via: context.via,
        visible: viewer.visible,
      }),
    );
    return c.json(report, 200);
  });
}
