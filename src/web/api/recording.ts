/**
 * The JSON twin of the recording forms (src/recording/): one route per kind of event,
 * POST /api/children/{id}/events/{kind}, whose body is the form's own zod schema (so the OpenAPI
 * document shows every form), and GET /api/children/{id}/version, the version a form is read at.
 * Answers: 201 recorded; 400 a field at fault, with the DfE rule when a return rule says so; 422 DfE
 * queries to confirm (`confirm: true`); 409 the child changed since the version sent, with what changed;
 * 403 a role that may not record; 404 a child outside the caller's scope (refusals audited).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { openChild } from '../../access/scope.ts';
import { EVENT_KINDS } from '../../recording/kinds.ts';
import { recordEvent, type FieldIssue, type RecordOutcome } from '../../recording/record-event.ts';
import { recordVersion } from '../../recording/record-version.ts';
import type { EventKind } from '../../recording/event-kind.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';
import { ErrorSchema, IdParamSchema, REFUSALS } from './schemas.ts';

const IssueSchema = z
  .object({
    field: z.string().openapi({ description: 'The form field the issue belongs beside.' }),
    message: z.string(),
    severity: z.enum(['error', 'query']),
    rule: z
      .object({ returnName: z.enum(['903', 'cin']), code: z.string() })
      .optional()
      .openapi({ description: 'The DfE validation rule of the statutory return that says so.' }),
  })
  .openapi('RecordingIssue');

const IssuesSchema = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'confirmation_needed']),
      message: z.string(),
      field: z.string(),
      rule: IssueSchema.shape.rule,
    }),
    issues: z.array(IssueSchema),
  })
  .openapi('RecordingIssues');

const ChangeSchema = z
  .object({
    version: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    kind: z.string(),
  })
  .openapi('RecordedChange');

const StaleSchema = z
  .object({
    error: z.object({ code: z.literal('stale_version'), message: z.string(), field: z.literal('version') }),
    version: z.number().int().openapi({ description: 'The version now: send it again to confirm the change.' }),
    changes: z.array(ChangeSchema),
  })
  .openapi('StaleVersion');

const RecordedSchema = z
  .object({
    status: z.literal('recorded'),
    action: z.enum(['create', 'update']),
    entity: z.string(),
    entityId: z.string(),
    version: z.number().int(),
    confirmedQueries: z.array(IssueSchema),
  })
  .openapi('Recorded');

const VersionSchema = z.object({ childId: z.string(), version: z.number().int() }).openapi('RecordVersion');

const NOT_FOUND = {
  content: { 'application/json': { schema: ErrorSchema } },
  description: 'No such child, or one the caller may not know exists.',
};

const versionRoute = createRoute({
  method: 'get',
  path: '/api/children/{id}/version',
  summary: "The version of a child's record, to send with a change (audited as a view)",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { 'application/json': { schema: VersionSchema } }, description: 'The version.' },
    ...REFUSALS,
    404: NOT_FOUND,
  },
});

function eventRoute(kind: EventKind) {
  return createRoute({
    method: 'post',
    path: `/api/children/{id}/events/${kind.kind}`,
    summary: `Record: ${kind.title.toLowerCase()} (checked by the DfE rules, audited)`,
    request: {
      params: IdParamSchema,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({
              version: z.number().int().min(0).openapi({ description: 'The version the form was read at.' }),
              confirm: z.boolean().optional().openapi({ description: 'Record despite the DfE queries shown.' }),
              input: kind.schema,
            }),
          },
        },
      },
    },
    responses: {
      201: { content: { 'application/json': { schema: RecordedSchema } }, description: 'Recorded.' },
      ...REFUSALS,
      400: {
        content: { 'application/json': { schema: IssuesSchema } },
        description: 'A field at fault: the form schema, or a DfE rule error the change would introduce.',
      },
      404: NOT_FOUND,
      409: {
        content: { 'application/json': { schema: StaleSchema } },
        description: 'The child changed since the version sent: the changes, and the version to confirm at.',
      },
      422: {
        content: { 'application/json': { schema: IssuesSchema } },
        description: 'DfE queries the change would raise: send again with `confirm: true` to record it.',
      },
    },
  });
}

function issuesBody(code: 'bad_request' | 'confirmation_needed', issues: FieldIssue[]) {
  const first = issues[0]!;
  const rule = first.rule
    ? `DfE ${first.rule.returnName === 'cin' ? 'CIN census' : '903'} rule ${first.rule.code}: `
    : '';
  return {
    error: { code, message: `${first.field}: ${rule}${first.message}`, field: first.field, rule: first.rule },
    issues,
  };
}

/** The answer to an outcome (refusals become the one error shape through ApiError). */
function answer(outcome: Exclude<RecordOutcome, { status: 'refused' | 'unknown-kind' }>) {
  switch (outcome.status) {
    case 'recorded':
      return {
        status: 201 as const,
        body: {
          status: 'recorded' as const,
          ...outcome.written,
          version: outcome.version,
          confirmedQueries: outcome.confirmedQueries,
        },
      };
    case 'invalid':
      return { status: 400 as const, body: issuesBody('bad_request', outcome.issues) };
    case 'needs-confirmation':
      return { status: 422 as const, body: issuesBody('confirmation_needed', outcome.issues) };
    case 'stale':
      return {
        status: 409 as const,
        body: {
          error: {
            code: 'stale_version' as const,
            message: `The child's record changed since version you saw (${outcome.changes.length} change(s)); check them and send again with version ${outcome.version}.`,
            field: 'version' as const,
          },
          version: outcome.version,
          changes: outcome.changes,
        },
      };
  }
}

export function registerRecordingRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(versionRoute, async (c) => {
    const { actor } = callerOf(c);
    const childId = c.req.valid('param').id;
    const result = await c.var.db().transaction(async (tx) => {
      const decision = await openChild(tx, actor, 'read', childId, { on: c.var.today(), ...auditContext(c) });
      if (!decision.allowed) return decision;
      return { childId, version: await recordVersion(tx, { laCode: actor.laCode, childId }) };
    });
    if ('allowed' in result) throw refusal(result);
    return c.json(result, 200);
  });
  for (const kind of EVENT_KINDS) {
    // Each kind's body schema differs; the handler is the same for all of them.
    api.openapi(eventRoute(kind), (async (c: Parameters<Parameters<typeof api.openapi>[1]>[0]) => {
      const { actor } = callerOf(c);
      const childId = (c.req.valid as (target: 'param') => { id: string })('param').id;
      const body = (c.req.valid as (target: 'json') => { version: number; confirm?: boolean; input: unknown })('json');
      const outcome = await recordEvent(
        c.var.db(),
        actor,
        childId,
        kind.kind,
        { input: body.input, version: body.version, confirm: body.confirm },
        { on: c.var.today(), ...auditContext(c) },
      );
      if (outcome.status === 'refused') throw refusal({ allowed: false, reason: outcome.reason });
      if (outcome.status === 'unknown-kind') throw refusal({ allowed: false, reason: 'not_found' });
      const { status, body: json } = answer(outcome);
      return c.json(json, status);
    }) as never);
  }
}
