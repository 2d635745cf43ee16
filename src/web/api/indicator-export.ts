/**
 * GET /api/indicators/export: the figures of GET /api/indicators as a CSV file, for roles that may
 * export figures (a councillor's suppressed as in public outputs). Audited as an export. Cells a
 * spreadsheet would run as a formula (OWASP "CSV injection": text starting with = + - @, tab or carriage
 * return) are prefixed with an apostrophe; a team or locality name is data, never a formula.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '../../access/audit.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import type { IndicatorResult } from '../../indicators/result.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf } from './caller.ts';
import { figureAccess } from './figure-access.ts';
import { parseIndicatorQuery } from './indicator-query.ts';
import { IndicatorQuerySchema, REFUSALS } from './schemas.ts';
import { presentSuppressed } from './suppression.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/api/indicators/export',
  summary: 'The figures as a CSV file (roles that may export figures; audited)',
  request: { query: IndicatorQuerySchema },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'One row per figure.' },
    ...REFUSALS,
  },
});

const HEADER = [
  'id',
  'title',
  'unit',
  'at',
  'period_from',
  'period_to',
  'level_kind',
  'level_id',
  'value',
  'numerator',
  'denominator',
  'suppressed',
];

/** One CSV cell (RFC 4180), text that a spreadsheet would treat as a formula made inert. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function csvRow(result: IndicatorResult, shown: Record<string, unknown>): string {
  return [
    result.id,
    result.title,
    result.unit,
    result.at,
    result.period.from,
    result.period.to,
    result.level.kind,
    result.level.id,
    shown.value as number | null,
    shown.numerator as number | null,
    shown.denominator as number | null,
    shown.suppressed === true,
  ]
    .map(csvCell)
    .join(',');
}

export function registerIndicatorExport(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(exportRoute, async (c) => {
    const { actor } = callerOf(c);
    const request = parseIndicatorQuery(c.req.queries(), limits);
    const laCode = request.la ?? actor.laCode;
    const access = await figureAccess(c, actor, 'export', request, laCode);
    const lines = await c.var.db().transaction(async (tx) => {
      const results = await evaluateIndicators(tx, { ...request, la: laCode });
      await recordAudit(tx, {
        laCode,
        actor: actor.userId,
        action: 'export',
        entity: 'indicators',
        at: c.var.now(),
        detail: {
          at: request.at,
          level: request.level ?? 'council',
          figures: results.length,
          access,
          ...auditContext(c),
        },
      });
      return results.map((r) => csvRow(r, access === 'full' ? { ...r, suppressed: false } : presentSuppressed(r)));
    });
    c.header('content-disposition', `attachment; filename="indicators-${laCode}-${request.at}.csv"`);
    return c.body(`${[HEADER.join(','), ...lines].join('\r\n')}\r\n`, 200, {
      'content-type': 'text/csv; charset=utf-8',
    });
  });
}
