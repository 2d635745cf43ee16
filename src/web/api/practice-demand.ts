/**
 * The demand forecast over the API (src/practice/money/demand.ts, backtest.ts, `kestrel demand`): GET
 * /api/practice/demand (children looked after up to 24 months ahead by age band and placement group,
 * with the uncertainty band) and GET /api/practice/demand/backtest (its error at 6 and 12 months beside
 * the naive forecast). The policy's `money` target: analysts and heads of service. Counts only; each
 * read recorded.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../errors.ts';
import type { ServerLimits } from '../limits.ts';
import { backtestView, demandView } from '../pages/practice-demand-data.ts';
import type { RequestEnv } from '../request-store.ts';
import { callerOf } from './caller.ts';
import { isoDate, Loose, practiceBadInput, requireTool, viaOf } from './practice-common.ts';
import { REFUSALS } from './schemas.ts';

const demandRoute = createRoute({
  method: 'get',
  path: '/api/practice/demand',
  summary: 'Demand forecast of children looked after by age band and placement group, with its uncertainty band',
  request: {
    query: z.object({
      at: isoDate.openapi({ description: 'the origin date' }),
      months: z.coerce.number().int().min(1).default(24).openapi({ description: 'months ahead (at most 24)' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The forecast (DemandForecast).' },
    ...REFUSALS,
  },
});

const backtestRoute = createRoute({
  method: 'get',
  path: '/api/practice/demand/backtest',
  summary: "The demand model's error at 6 and 12 months on the store's own history, beside the naive forecast",
  request: {
    query: z.object({
      at: isoDate,
      historyFrom: isoDate
        .optional()
        .openapi({ description: 'first date of complete history (default 36 months before at)' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The backtest (BacktestResult).' },
    ...REFUSALS,
  },
});

export function registerPracticeDemandRoutes(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(demandRoute, async (c) => {
    const query = c.req.valid('query');
    if (query.months > limits.maxSeries)
      throw new ApiError('bad_request', `months: at most ${limits.maxSeries} months ahead`, 'months');
    await requireTool(c, 'read', 'money');
    const forecast = await demandView(c.var.db(), callerOf(c).actor, { ...viaOf(c), ...query });
    return c.json(forecast as never, 200);
  });

  api.openapi(backtestRoute, async (c) => {
    const query = c.req.valid('query');
    if (query.historyFrom && query.historyFrom >= query.at)
      throw new ApiError('bad_request', 'historyFrom: must be before at', 'historyFrom');
    await requireTool(c, 'read', 'money');
    const result = await backtestView(c.var.db(), callerOf(c).actor, { ...viaOf(c), ...query }).catch(
      (error: unknown) => practiceBadInput(error, 'historyFrom'),
    );
    return c.json(result as never, 200);
  });
}
