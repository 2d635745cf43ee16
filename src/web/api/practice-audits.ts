/**
 * Case file audits over the API (src/practice/audits/, `kestrel audits`): GET /api/practice/audits (the
 * audits of a date range the caller may see, each child listed audited), POST /api/practice/audits
 * (record one audit with its theme grades, findings and actions; quality assurance), POST
 * /api/practice/audits/sample (draw the month's stratified sample from a seed; each child drawn
 * audited), GET /api/practice/audits/summary (the quarter as seed 002 reports it; counts only).
 * The policy's `case-audits` target decides who: QA reads and records every team's, team managers read
 * their team's, heads of service their service's.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { daysBetween } from '../../calendar/dates.ts';
import { auditInput, OFSTED_GRADES } from '../../practice/audits/record.ts';
import { auditSummary, parseQuarter, quarterOf } from '../../practice/audits/summary.ts';
import { PracticeRequestError } from '../../practice/council.ts';
import { ApiError } from '../errors.ts';
import type { ServerLimits } from '../limits.ts';
import {
  AuditInputError,
  auditToolRead,
  drawSampleFor,
  listAudits,
  recordOneAudit,
} from '../pages/practice-audits-data.ts';
import type { RequestEnv } from '../request-store.ts';
import { callerOf } from './caller.ts';
import { isoDate, Loose, practiceBadInput, requireTool, viaOf } from './practice-common.ts';
import { REFUSALS } from './schemas.ts';

const Grade = z.enum(OFSTED_GRADES);

export const CaseAuditSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    teamId: z.string().nullable(),
    workerId: z.string().nullable(),
    date: z.string(),
    type: z.enum(['random', 'themed']),
    theme: z.string().nullable(),
    auditor: z.string(),
    moderator: z.string().nullable(),
    grade: Grade,
    moderatedGrade: Grade.nullable(),
    findings: z.string().nullable(),
    themes: z.array(z.object({ theme: z.string(), grade: Grade })),
    actions: z.array(
      z.object({
        number: z.number(),
        action: z.string(),
        owner: z.string(),
        due: z.string(),
        completed: z.string().nullable(),
      }),
    ),
  })
  .openapi('CaseAudit');

const listRoute = createRoute({
  method: 'get',
  path: '/api/practice/audits',
  summary: 'Case file audits dated in a range, newest first (QA: all teams; managers: their own; audited per child)',
  request: {
    query: z.object({
      from: isoDate.openapi({ description: 'first audit date' }),
      to: isoDate.openapi({ description: 'last audit date (at most a year after from)' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: z.array(CaseAuditSchema) } }, description: 'The audits.' },
    ...REFUSALS,
  },
});

const recordRoute = createRoute({
  method: 'post',
  path: '/api/practice/audits',
  summary: 'Record a case file audit: grades overall and per theme, findings, moderation, actions (QA; audited)',
  request: { body: { content: { 'application/json': { schema: auditInput } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Recorded.' },
    ...REFUSALS,
  },
});

const sampleRoute = createRoute({
  method: 'post',
  path: '/api/practice/audits/sample',
  summary: "Draw the month's stratified random sample of open cases, reproducible from the seed (QA; audited)",
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'),
            seed: z.string().min(1).max(100),
            perTeam: z.number().int().min(1).max(50).default(2),
            excludeDays: z.number().int().min(0).max(3650).default(183),
          }),
        },
      },
    },
  },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The sample (AuditSample).' },
    ...REFUSALS,
  },
});

const summaryRoute = createRoute({
  method: 'get',
  path: '/api/practice/audits/summary',
  summary: 'The quarterly summary: grades, trend, themes, moderation agreement, actions (counts only)',
  request: {
    query: z.object({
      quarter: z.string().max(20).optional().openapi({ description: 'a financial quarter, 2024-25Q1' }),
      at: isoDate.optional().openapi({ description: 'or the quarter containing this date' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Loose } }, description: 'The summary (AuditSummary).' },
    ...REFUSALS,
  },
});

export function registerPracticeAuditRoutes(api: OpenAPIHono<RequestEnv>, limits: ServerLimits): void {
  api.openapi(listRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    if (to < from) throw new ApiError('bad_request', 'to: must not be before from', 'to');
    if (daysBetween(from, to) > limits.maxPracticeDays)
      throw new ApiError('bad_request', `to: at most ${limits.maxPracticeDays} days after from`, 'to');
    const access = await requireTool(c, 'read', 'case-audits');
    const audits = await listAudits(c.var.db(), callerOf(c).actor, access, {
      ...viaOf(c),
      from,
      to,
      limit: limits.maxPracticeRows,
    });
    return c.json(audits, 200);
  });

  api.openapi(recordRoute, async (c) => {
    const audit = c.req.valid('json');
    await requireTool(c, 'change', 'case-audits');
    const id = await recordOneAudit(c.var.db(), callerOf(c).actor, audit, viaOf(c)).catch((error: unknown) => {
      if (error instanceof AuditInputError) throw new ApiError('bad_request', error.message, error.field);
      throw error;
    });
    return c.json({ id }, 201);
  });

  api.openapi(sampleRoute, async (c) => {
    const body = c.req.valid('json');
    await requireTool(c, 'change', 'case-audits');
    const sample = await drawSampleFor(c.var.db(), callerOf(c).actor, { ...viaOf(c), ...body }).catch(
      (error: unknown) => practiceBadInput(error, 'month'),
    );
    return c.json(sample as never, 200);
  });

  api.openapi(summaryRoute, async (c) => {
    const query = c.req.valid('query');
    if (!query.quarter === !query.at)
      throw new ApiError('bad_request', 'quarter: give one of quarter (2024-25Q1) or at', 'quarter');
    let quarter: ReturnType<typeof quarterOf>;
    try {
      quarter = query.quarter ? parseQuarter(query.quarter) : quarterOf(query.at!);
    } catch (error) {
      if (error instanceof PracticeRequestError)
        throw new ApiError('bad_request', error.message.replace('--quarter', 'quarter'), 'quarter');
      throw error;
    }
    await requireTool(c, 'read', 'case-audits');
    const { actor } = callerOf(c);
    const db = c.var.db();
    const summary = await auditSummary(db, { la: actor.laCode, quarter });
    await auditToolRead(db, actor, 'case-audit-summary', { quarter: quarter.label }, viaOf(c));
    return c.json(summary as never, 200);
  });
}
