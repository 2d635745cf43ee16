/**
 * The placement budget forecast over the API (src/practice/money/budget.ts, `kestrel budget`): GET
 * /api/practice/budget, per budget line spend to date, committed, expected growth (the line's own or
 * from the demand forecast), projected outturn and variance, with the month-by-month movement. The
 * policy's `money` target: analysts and heads of service. Counts only; each read recorded.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { budgetView } from '../pages/practice-budget-data.ts';
import type { RequestEnv } from '../request-store.ts';
import { callerOf } from './caller.ts';
import { isoDate, Loose, practiceBadInput, requireTool, viaOf } from './practice-common.ts';
import { REFUSALS } from './schemas.ts';

const budgetRoute = createRoute({
  method: 'get',
  path: '/api/practice/budget',
  summary: 'Placement budget forecast per line: spend, committed, growth, projected outturn, variance, movement',
  request: {
    query: z.object({
      at: isoDate,
      growth: z
        .enum(['line', 'demand'])
        .default('line')
        .openapi({ description: "expected growth: each line's own, or from the demand forecast" }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The forecast (BudgetForecast).' },
    ...REFUSALS,
  },
});

export function registerPracticeBudgetRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(budgetRoute, async (c) => {
    const query = c.req.valid('query');
    await requireTool(c, 'read', 'money');
    const forecast = await budgetView(c.var.db(), callerOf(c).actor, { ...viaOf(c), ...query }).catch(
      (error: unknown) => practiceBadInput(error, 'at'),
    );
    return c.json(forecast as never, 200);
  });
}
