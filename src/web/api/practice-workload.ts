/**
 * GET /api/practice/workload: cases and workload points per worker against capacity, the team
 * distribution, the share of experienced workers above the ideal (seed 001: 56), unallocated cases with
 * how long each has waited, and a what-if (`move` a child `to` a worker: both workers' points before and
 * after; nothing is written), from src/practice/workload as `kestrel workload` gives it. The policy's
 * `workload` grant decides the level, and a what-if's worker must be within it; the children named
 * (unallocated, moved) are those the caller may see, each audited in the same transaction.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { workloadReport } from '../../practice/workload/workload.ts';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf } from './caller.ts';
import { dateField, levelField, practiceWorkloadModel, runTool, viewerOf } from './practice-query.ts';
import { WorkloadQuerySchema, WorkloadReportSchema } from './practice-schemas.ts';
import { REFUSALS } from './schemas.ts';

const workloadRoute = createRoute({
  method: 'get',
  path: '/api/practice/workload',
  summary: 'Workload points per worker against capacity, unallocated cases, and a what-if move (no write)',
  request: { query: WorkloadQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: WorkloadReportSchema } }, description: 'The workload.' },
    ...REFUSALS,
  },
});

export function registerPracticeWorkloadRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(workloadRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const at = dateField(query.at, 'at', c.var.today());
    const level = levelField(query.level);
    if (Boolean(query.move) !== Boolean(query.to))
      throw new ApiError('bad_request', 'move and to go together: the child and the worker to move it to.', 'to');
    const db = c.var.db();
    const context = auditContext(c);
    const viewer = await viewerOf(db, actor, 'workload', level, { on: at, ...context });
    // The worker a child would move to is within the caller's level too (a team manager: their team).
    if (query.to && viewer.scope !== 'council')
      await viewerOf(db, actor, 'workload', { kind: 'worker', id: query.to }, { on: at, ...context });
    const report = await runTool(() =>
      workloadReport(db, {
        la: actor.laCode,
        at,
        level: viewer.level,
        model: practiceWorkloadModel(),
        move: query.move && query.to ? { childId: query.move, toWorkerId: query.to } : undefined,
        actor: actor.userId,
        via: context.via,
        visible: viewer.visible,
      }),
    );
    return c.json(report, 200);
  });
}
