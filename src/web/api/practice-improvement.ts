/**
 * The improvement plan over the API (src/practice/improvement/plan.ts, `kestrel improvement`): GET
 * /api/practice/improvement (the plan as at a date: each action with owner, due date, latest RAG,
 * overdue, evidence indicators and history), POST /api/practice/improvement/actions (add an action),
 * POST /api/practice/improvement/actions/{id}/progress (report progress, appended to its history). The
 * policy's `improvement-plan` target: heads of service read and change; analysts and QA read. Each
 * change audited in its transaction.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actionInput, RAGS } from '../../practice/improvement/plan.ts';
import { ApiError } from '../errors.ts';
import { addAction, addProgress, planView, PlanInputError } from '../pages/practice-improvement-data.ts';
import type { RequestEnv } from '../request-store.ts';
import { callerOf } from './caller.ts';
import { isoDate, Loose, requireTool, viaOf } from './practice-common.ts';
import { IdParamSchema, REFUSALS } from './schemas.ts';

export const ProgressInputSchema = z
  .object({
    asAt: isoDate,
    rag: z.enum(RAGS),
    note: z.string().trim().min(1).max(5000).optional(),
  })
  .strict()
  .openapi('ImprovementProgressInput');

const planRoute = createRoute({
  method: 'get',
  path: '/api/practice/improvement',
  summary: 'The improvement plan as at a date: actions, owner, due, RAG, overdue, evidence, history',
  request: { query: z.object({ at: isoDate }) },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The plan.' },
    ...REFUSALS,
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/api/practice/improvement/actions',
  summary: 'Add an action under an Ofsted recommendation or a local priority (heads of service; audited)',
  request: { body: { content: { 'application/json': { schema: actionInput } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Added.' },
    ...REFUSALS,
  },
});

const progressRoute = createRoute({
  method: 'post',
  path: '/api/practice/improvement/actions/{id}/progress',
  summary: 'Report progress on an action: RAG and a note as at a date, appended (heads of service; audited)',
  request: {
    params: IdParamSchema,
    body: { content: { 'application/json': { schema: ProgressInputSchema } }, required: true },
  },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Recorded.' },
    ...REFUSALS,
  },
});

function planInput(error: unknown): never {
  if (error instanceof PlanInputError)
    throw new ApiError('bad_request', `${error.field}: ${error.message}`, error.field);
  throw error;
}

export function registerPracticeImprovementRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(planRoute, async (c) => {
    const { at } = c.req.valid('query');
    await requireTool(c, 'read', 'improvement-plan');
    return c.json((await planView(c.var.db(), callerOf(c).actor, { ...viaOf(c), at })) as never, 200);
  });

  api.openapi(addRoute, async (c) => {
    const action = c.req.valid('json');
    await requireTool(c, 'change', 'improvement-plan');
    await addAction(c.var.db(), callerOf(c).actor, action, viaOf(c)).catch(planInput);
    return c.json({ id: action.id }, 201);
  });

  api.openapi(progressRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    await requireTool(c, 'change', 'improvement-plan');
    await addProgress(c.var.db(), callerOf(c).actor, { actionId: id, ...body }, viaOf(c)).catch(planInput);
    return c.json({ id }, 201);
  });
}
