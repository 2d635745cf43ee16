/**
 * The performance framework over the API, as `kestrel framework` and `kestrel commentary` give it:
 * GET /api/framework?at= (the version in force, as imported; audited as an export), POST /api/framework
 * (import a YAML or JSON file; administrators only, the policy's `manage-framework`; audited by
 * importFramework), GET /api/scorecard?at=&level= (the Scorecard model; a councillor gets the public
 * edition, suppressed as `kestrel scorecard --public` prints it), GET and POST /api/commentary
 * (officers with full figures; each entry audited by addCommentary). Always the caller's own council.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { recordAudit } from '../../access/audit.ts';
import { decide, type Actor } from '../../access/policy.ts';
import { authorize } from '../../access/scope.ts';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';
import { figureAccess } from './figure-access.ts';
import { REFUSALS } from './schemas.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const Loose = z.record(z.string(), z.unknown());

const VersionSchema = z
  .object({
    version: z.number().int(),
    name: z.string(),
    effectiveFrom: z.string(),
    sourceName: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
  })
  .openapi('FrameworkVersion');

const notFound = { content: { 'application/json': { schema: Loose } }, description: 'Nothing in force.' };

const exportRoute = createRoute({
  method: 'get',
  path: '/api/framework',
  summary: 'The performance framework in force on a date, as imported (audited as an export)',
  request: { query: z.object({ at: isoDate.optional().openapi({ description: 'default today' }) }) },
  responses: {
    200: {
      content: {
        'application/json': { schema: VersionSchema.extend({ text: z.string(), framework: Loose }) },
      },
      description: 'The version in force, its file text and its parsed form.',
    },
    404: notFound,
    ...REFUSALS,
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/framework',
  summary: 'Import a framework file as the next version (administrators; audited)',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            text: z.string().min(1).openapi({ description: 'the YAML or JSON file, as text' }),
            name: z.string().min(1).max(200).optional().openapi({ description: "the file's name, for messages" }),
            effectiveFrom: isoDate.optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: { content: { 'application/json': { schema: VersionSchema } }, description: 'The stored version.' },
    ...REFUSALS,
  },
});

const scorecardRoute = createRoute({
  method: 'get',
  path: '/api/scorecard',
  summary: 'The scorecard model for a date and level (councillors: the public edition, suppressed)',
  request: {
    query: z.object({
      at: isoDate,
      level: z.string().min(1).optional().openapi({ description: 'council (default), locality:NAME or team:ID' }),
      period: z.string().min(1).optional().openapi({ description: '2024-25, 2024-25Q2 or 2025-03' }),
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            marking: z.enum(['internal', 'public']),
            scorecard: Loose.optional(),
            document: Loose.optional(),
          }),
        },
      },
      description: 'internal: the Scorecard model (src/framework/model.ts); public: the suppressed document.',
    },
    404: notFound,
    ...REFUSALS,
  },
});

const CommentarySchema = z.object({
  indicator: z.string().min(1),
  period: z.string().min(1).openapi({ description: '2024-25, 2024-25Q2 or 2025-03' }),
  kind: z.enum(['comment', 'action']).default('comment'),
  text: z.string().min(1).max(5000),
  owner: z.string().min(1).max(200).optional(),
  due: isoDate.optional(),
});

const listCommentaryRoute = createRoute({
  method: 'get',
  path: '/api/commentary',
  summary: 'Commentary and actions, oldest first (officers)',
  request: { query: z.object({ indicator: z.string().min(1).optional() }) },
  responses: {
    200: { content: { 'application/json': { schema: z.array(Loose) } }, description: 'Every entry, kept.' },
    ...REFUSALS,
  },
});

const addCommentaryRoute = createRoute({
  method: 'post',
  path: '/api/commentary',
  summary:
    'Add a comment or an action for a measure and period (heads of service and analysts; nothing is overwritten)',
  request: { body: { content: { 'application/json': { schema: CommentarySchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Added.' },
    ...REFUSALS,
  },
});

/**
 * Officers who read figures in full (not a councillor, whose figures are suppressed); with `change`,
 * those the policy lets write commentary (a measure's responsible officer and the performance team).
 */
async function requireFullFigures(
  c: Context<RequestEnv>,
  actor: Actor,
  action: 'read' | 'change' = 'read',
): Promise<void> {
  const resource = { target: 'figures', laCode: actor.laCode, suppressed: false } as const;
  if (decide(actor, action, resource).allowed) return;
  const decision = await authorize(c.var.db(), actor, action, resource, auditContext(c));
  if (!decision.allowed) throw refusal(decision);
}

/** A refusal the framework explains in words (bad file, unknown period) is a 400 naming the field. */
function badInput(error: unknown, field: string): never {
  if (error instanceof Error && !['TypeError', 'ReferenceError', 'RangeError'].includes(error.name))
    throw new ApiError('bad_request', error.message, field);
  throw error;
}

export function registerFrameworkRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(exportRoute, async (c) => {
    const { actor } = callerOf(c);
    const at = c.req.valid('query').at ?? c.var.now().toISOString().slice(0, 10);
    await figureAccess(c, actor, 'read', { at, level: 'council' }, actor.laCode);
    const { exportFramework } = await import('../../framework/versions.ts');
    const stored = await exportFramework(c.var.db(), actor.laCode, at, actor.userId, viaApi(c));
    if (!stored) throw new ApiError('not_found', `No performance framework is in force on ${at}.`);
    const { framework, sourceText, ...version } = stored;
    return c.json({ ...version, text: sourceText, framework: framework as Record<string, unknown> }, 200);
  });

  api.openapi(importRoute, async (c) => {
    const { actor } = callerOf(c);
    const decision = await authorize(
      c.var.db(),
      actor,
      'manage-framework',
      { target: 'framework', laCode: actor.laCode },
      auditContext(c),
    );
    if (!decision.allowed) throw refusal(decision);
    const body = c.req.valid('json');
    const { importFramework } = await import('../../framework/versions.ts');
    const version = await importFramework(c.var.db(), {
      la: actor.laCode,
      text: body.text,
      sourceName: body.name ?? 'api',
      effectiveFrom: body.effectiveFrom,
      actor: actor.userId,
    }).catch((error: unknown) => badInput(error, 'text'));
    return c.json(version, 201);
  });

  api.openapi(scorecardRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const level = query.level ?? 'council';
    const access = await figureAccess(c, actor, 'read', { at: query.at, level }, actor.laCode);
    const { buildScorecard } = await import('../../framework/scorecard.ts');
    const db = c.var.db();
    const scorecard = await buildScorecard(db, { at: query.at, level, la: actor.laCode, period: query.period }).catch(
      (error: unknown) => {
        if (error instanceof Error && /no performance framework/i.test(error.message))
          throw new ApiError('not_found', error.message);
        return badInput(error, /level/i.test(String(error)) ? 'level' : 'at');
      },
    );
    await recordAudit(db, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'view',
      entity: 'scorecard',
      at: c.var.now(),
      detail: {
        at: query.at,
        level,
        period: query.period ?? null,
        marking: access === 'full' ? 'internal' : 'public',
        ...auditContext(c),
      },
    });
    if (access === 'full') return c.json({ marking: 'internal' as const, scorecard: scorecard as never }, 200);
    const { scorecardDocument } = await import('../../documents/scorecard-document.ts');
    const { renderDocument } = await import('../../documents/render.ts');
    const document = scorecardDocument(scorecard, { marking: 'public' });
    const json = JSON.parse((await renderDocument(document, 'json', scorecard)).toString('utf8'));
    return c.json({ marking: 'public' as const, document: json }, 200);
  });

  api.openapi(listCommentaryRoute, async (c) => {
    const { actor } = callerOf(c);
    await requireFullFigures(c, actor);
    const { listCommentary } = await import('../../framework/commentary.ts');
    const entries = await listCommentary(c.var.db(), actor.laCode, c.req.valid('query').indicator);
    return c.json(entries as never, 200);
  });

  api.openapi(addCommentaryRoute, async (c) => {
    const { actor } = callerOf(c);
    await requireFullFigures(c, actor, 'change');
    const body = c.req.valid('json');
    const { addCommentary } = await import('../../framework/commentary.ts');
    const { findIndicator } = await import('../../indicators/evaluate.ts');
    if (!findIndicator(body.indicator))
      throw new ApiError('bad_request', `no indicator ${body.indicator}`, 'indicator');
    const { parseReportingPeriod } = await import('../../framework/period.ts');
    try {
      parseReportingPeriod(body.period);
    } catch (error) {
      badInput(error, 'period');
    }
    const id = await addCommentary(c.var.db(), {
      la: actor.laCode,
      indicatorId: body.indicator,
      period: body.period,
      kind: body.kind,
      text: body.text,
      author: actor.userId,
      owner: body.owner,
      due: body.due,
    }).catch((error: unknown) => badInput(error, 'text'));
    return c.json({ id }, 201);
  });
}

function viaApi(c: Context<RequestEnv>): string {
  return `api (${auditContext(c).via})`;
}
