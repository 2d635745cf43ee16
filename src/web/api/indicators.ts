/**
 * GET /api/indicators: the catalogue computed from the records, in the same JSON shape as
 * `kestrel indicators --format json`. Query: at (required), period, level, id (repeatable), series,
 * la, and param.<id>.<name>=<value> for local variants. Figures only: the children behind a figure are
 * child-level data, so drill-down (`explain`) is refused here until the API has signed-in users whose
 * role and scope can be checked; the CLI (`--explain`) serves analysts meanwhile.
 */
import { Hono } from 'hono';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import { presentResult } from '../../indicators/result.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { parseIndicatorQuery } from './indicator-query.ts';

export function indicatorRoutes(limits: ServerLimits): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();
  routes.get('/', async (c) => {
    const query = c.req.queries();
    if (query.explain !== undefined) {
      return c.json({ error: 'Drill-down to children is not available over the API without a signed-in user.' }, 403);
    }
    const request = parseIndicatorQuery(query, limits); // refused before the store is touched
    const results = await evaluateIndicators(c.var.db(), request);
    return c.json(results.map((result) => presentResult(result)));
  });
  return routes;
}
