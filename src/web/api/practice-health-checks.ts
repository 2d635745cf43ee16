/**
 * Team health checks over the API (src/practice/health-checks/, `kestrel health-checks`): GET
 * /api/practice/health-checks/due (each team's last check and the next due: 12 months after good or
 * outstanding, 6 otherwise), GET .../history (grades by team over time), GET .../pack (a team's pack:
 * team-level indicators, clocks and workload beside the council's), POST /api/practice/health-checks
 * (record a check's grade and findings; audited). The policy's `health-checks` target: QA and heads of
 * service read and record every team's; a team manager reads their own team's.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { OFSTED_GRADES } from '../../practice/audits/record.ts';
import { ApiError } from '../errors.ts';
import { healthCheckPack, healthChecksView, recordCheck } from '../pages/practice-health-checks-data.ts';
import type { RequestEnv } from '../request-store.ts';
import { callerOf } from './caller.ts';
import { isoDate, Loose, practiceBadInput, requireTool, viaOf } from './practice-common.ts';
import { ErrorSchema, REFUSALS } from './schemas.ts';

export const HealthCheckInputSchema = z
  .object({
    team: z.string().trim().min(1).max(100),
    date: isoDate,
    grade: z.enum(OFSTED_GRADES),
    checkedBy: z.string().trim().min(1).max(200).optional(),
    findings: z.string().trim().min(1).max(5000).optional(),
  })
  .strict()
  .openapi('HealthCheckInput');

const dueRoute = createRoute({
  method: 'get',
  path: '/api/practice/health-checks/due',
  summary: 'Checks due and overdue per team, and grades by team over time (QA, heads of service; managers: own team)',
  request: { query: z.object({ at: isoDate }) },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ due: Loose, history: Loose }) } },
      description: 'due: healthChecksDue; history: healthCheckHistory up to the date, for the teams in reach.',
    },
    ...REFUSALS,
  },
});

const packRoute = createRoute({
  method: 'get',
  path: '/api/practice/health-checks/pack',
  summary: "A team's pack: team-level indicators, clocks and workload beside the council's (counts only)",
  request: {
    query: z.object({
      team: z.string().min(1).max(100),
      at: isoDate,
      period: z.string().max(40).default('r12').openapi({ description: 'month, quarter, ytd, fy, r12 or FROM..TO' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The team pack (TeamPack).' },
    ...REFUSALS,
    404: {
      content: { 'application/json': { schema: ErrorSchema } },
      description: "No such team, or one outside the caller's reach.",
    },
  },
});

const recordRoute = createRoute({
  method: 'post',
  path: '/api/practice/health-checks',
  summary: 'Record a team health check: grade and findings (QA, heads of service; audited)',
  request: { body: { content: { 'application/json': { schema: HealthCheckInputSchema } }, required: true } },
  responses: {
    201: {
      content: { 'application/json': { schema: z.object({ id: z.string(), nextDue: z.string() }) } },
      description: 'Recorded, with the next check due.',
    },
    ...REFUSALS,
  },
});

export function registerPracticeHealthCheckRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(dueRoute, async (c) => {
    const { at } = c.req.valid('query');
    const access = await requireTool(c, 'read', 'health-checks');
    const view = await healthChecksView(c.var.db(), callerOf(c).actor, access, { ...viaOf(c), at });
    return c.json(view as never, 200);
  });

  api.openapi(packRoute, async (c) => {
    const query = c.req.valid('query');
    const access = await requireTool(c, 'read', 'health-checks');
    const pack = await healthCheckPack(c.var.db(), callerOf(c).actor, access, { ...viaOf(c), ...query }).catch(
      (error: unknown) => practiceBadInput(error, /period/.test(String(error)) ? 'period' : 'team'),
    );
    if (!pack) throw new ApiError('not_found', `There is no team "${query.team}" whose checks you may see.`);
    return c.json(pack as never, 200);
  });

  api.openapi(recordRoute, async (c) => {
    const body = c.req.valid('json');
    await requireTool(c, 'change', 'health-checks');
    const result = await recordCheck(c.var.db(), callerOf(c).actor, body, viaOf(c)).catch((error: unknown) =>
      practiceBadInput(error, /already recorded/.test(String(error)) ? 'date' : 'team'),
    );
    return c.json(result, 201);
  });
}
