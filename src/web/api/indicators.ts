/**
 * GET /api/indicators: the catalogue computed from the records, in the same JSON shape as
 * `kestrel indicators --format json`, for the caller's own council. Roles with full figures get them at
 * any level (one worker at a time); a councillor gets council totals with small numbers withheld
 * (suppression.ts). GET /api/indicators/{id}/children: the children behind one figure, through the
 * engine's one drill-down entry point (explainIndicators), which decides, filters to the caller's scope
 * and audits each child shown in the same transaction.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { DrillDownRefused, explainIndicators } from '../../indicators/drill-down.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import { presentResult } from '../../indicators/result.ts';
import { ApiError } from '../errors.ts';
import { RequestLimitError, type ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf } from './caller.ts';
import { parseIndicatorQuery } from './indicator-query.ts';
import {
  DrillDownQuerySchema,
  DrillDownSchema,
  IdParamSchema,
  IndicatorQuerySchema,
  IndicatorResultSchema,
  REFUSALS,
} from './schemas.ts';
import { presentSuppressed } from './suppression.ts';
import { figureAccess } from './figure-access.ts';
import { z } from '@hono/zod-openapi';

const listRoute = createRoute({
  method: 'get',
  path: '/api/indicators',
  summary: "Indicator figures for the caller's council",
  request: { query: IndicatorQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: z.array(IndicatorResultSchema) } }, description: 'Figures.' },
    ...REFUSALS,
  },
});

const childrenRoute = createRoute({
  method: 'get',
  path: '/api/indicators/{id}/children',
  summary: "The children behind one figure, within the caller's scope (each one audited)",
  request: { params: IdParamSchema, query: DrillDownQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: DrillDownSchema } }, description: 'The figure and its rows.' },
    ...REFUSALS,
  },
});

export function registerIndicatorRoutes(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(listRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.queries();
    if (query.explain !== undefined)
      throw new RequestLimitError(
        'explain',
        'explain: ask GET /api/indicators/{id}/children for the children behind a figure.',
      );
    const request = parseIndicatorQuery(query, limits); // refused before the store is touched
    const db = c.var.db();
    const laCode = request.la ?? actor.laCode;
    const access = await figureAccess(c, actor, 'read', request, laCode);
    const results = await evaluateIndicators(db, { ...request, la: laCode });
    return c.json(results.map((r) => (access === 'full' ? presentResult(r) : presentSuppressed(r))) as never, 200);
  });

  api.openapi(childrenRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.queries();
    for (const name of ['id', 'series', 'explain'])
      if (query[name] !== undefined)
        throw new RequestLimitError(name, `${name}: not accepted here; the indicator is in the path.`);
    const request = parseIndicatorQuery(query, limits);
    if (request.la && request.la !== actor.laCode) throw new ApiError('not_found', 'There is no such council.', 'la');
    try {
      const [result] = await explainIndicators(
        c.var.db(),
        actor,
        { ...request, la: actor.laCode, ids: [c.req.param('id')] },
        auditContext(c),
      );
      if (!result) throw new ApiError('not_found', 'No such indicator.', 'id');
      const { rows, ...figure } = presentResult(result, { rows: true });
      return c.json({ result: figure, rows: rows ?? [] } as never, 200);
    } catch (error) {
      if (error instanceof DrillDownRefused)
        throw new ApiError('forbidden', 'Your role does not allow drill-down to children.');
      throw error;
    }
  });
}
