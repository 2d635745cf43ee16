/**
 * GET /api/indicators: the catalogue computed from the records, in the same JSON shape as
 * `kestrel indicators --format json`. Query: at (required), period, level, id (repeatable), series,
 * la, and param.<id>.<name>=<value> for local variants. Figures only: the children behind a figure are
 * child-level data, so drill-down (`explain`) is refused here until the API has signed-in users whose
 * role and scope can be checked; the CLI (`--explain`) serves analysts meanwhile.
 */
import { Hono } from 'hono';
import type { Db } from '../../store/db.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import { IndicatorRequestError } from '../../indicators/request.ts';
import { presentResult } from '../../indicators/result.ts';

export function indicatorRoutes(db: Db): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const query = c.req.queries();
    const one = (name: string) => query[name]?.[0];
    if (one('explain') !== undefined) {
      return c.json({ error: 'Drill-down to children is not available over the API without a signed-in user.' }, 403);
    }
    const series = one('series');
    const params: Record<string, Record<string, string>> = {};
    for (const [key, values] of Object.entries(query)) {
      const match = /^param\.([^.]+)\.(.+)$/.exec(key);
      if (match) (params[match[1]!] ??= {})[match[2]!] = values[0] ?? '';
    }
    try {
      const results = await evaluateIndicators(db, {
        at: one('at'),
        ...(one('la') ? { la: one('la') } : {}),
        ...(one('period') ? { period: one('period') } : {}),
        ...(one('level') ? { level: one('level') } : {}),
        ...(query.id ? { ids: query.id } : {}),
        ...(series !== undefined ? { series: /^\d+$/.test(series) ? Number(series) : Number.NaN } : {}),
        params,
      });
      return c.json(results.map((result) => presentResult(result)));
    } catch (error) {
      if (error instanceof IndicatorRequestError) return c.json({ error: error.message }, 400);
      throw error;
    }
  });
  return routes;
}

