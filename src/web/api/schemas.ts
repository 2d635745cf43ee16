/**
 * The API's request and response schemas, in zod: the routes validate with them and the OpenAPI 3.1
 * document at /api/openapi.json is generated from them (api.ts), so the document cannot drift from the
 * code.
 */
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../access/policy.ts';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'unauthenticated',
        'forbidden',
        'not_found',
        'too_large',
        'busy',
        'timeout',
        'internal',
      ]),
      message: z.string(),
      field: z.string().optional().openapi({ description: 'The request field at fault (400).' }),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** The refusals every authenticated route can give. */
export const REFUSALS = {
  400: errorResponse('Bad input; `field` names what is wrong.'),
  401: errorResponse('No session or API token, or one that is no longer valid.'),
  403: errorResponse("Outside what the caller's role allows (audited)."),
} as const;

export const MeSchema = z
  .object({
    userId: z.string(),
    laCode: z.string(),
    roles: z.array(z.enum(ROLES)),
    displayName: z.string().nullable(),
    signedInWith: z.enum(['session', 'token']),
    csrfToken: z
      .string()
      .nullable()
      .openapi({ description: 'For a browser session: send as X-CSRF-Token on POST requests.' }),
  })
  .openapi('Me');

export const IndicatorQuerySchema = z.object({
  at: z.string().openapi({ description: 'Reference date, YYYY-MM-DD.', example: '2025-03-31' }),
  period: z.string().optional().openapi({ description: 'month | quarter | ytd | fy | r12 | FROM..TO' }),
  level: z
    .string()
    .optional()
    .openapi({ description: 'council | locality[:NAME] | team[:ID] | worker:ID (councillors: council only)' }),
  id: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ description: 'Catalogue ids (repeat the parameter); default every indicator.' }),
  series: z.string().optional().openapi({ description: 'The last N month-ends up to `at` (at most 24).' }),
  la: z.string().optional().openapi({ description: "Council code; only the caller's own council." }),
});

const LevelSchema = z.object({ kind: z.string(), id: z.string().nullable() });

export const IndicatorResultSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    unit: z.string(),
    polarity: z.string(),
    at: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    level: LevelSchema,
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    suppressed: z
      .boolean()
      .optional()
      .openapi({ description: 'True when small numbers were withheld, as in public outputs (councillors).' }),
  })
  .catchall(z.unknown())
  .openapi('IndicatorResult');

export const DrillDownQuerySchema = IndicatorQuerySchema.omit({ id: true, series: true });

export const ExplainRowSchema = z
  .object({
    status: z.enum(['numerator', 'denominator', 'excluded', 'context']),
    subjectType: z.string(),
    subjectId: z.string(),
    recordId: z.string().nullable(),
    levelDate: z.string().nullable(),
    teamId: z.string().nullable(),
    workerId: z.string().nullable(),
    excludedReason: z.string().nullable(),
    category: z.string().nullable(),
    detail: z.string().nullable(),
  })
  .catchall(z.unknown())
  .openapi('DrillDownRow');

export const DrillDownSchema = z
  .object({ result: IndicatorResultSchema, rows: z.array(ExplainRowSchema) })
  .openapi('DrillDown');

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Identifier.' }),
});

export const ChildEventSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    detail: z.string().nullable(),
  })
  .openapi('ChildEvent');

export const ChildRecordSchema = z
  .object({
    id: z.string(),
    laCode: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    sex: z.string(),
    ethnicity: z.string(),
    events: z.array(ChildEventSchema),
  })
  .openapi('ChildRecord');

export const AuditQuerySchema = z.object({
  child: z.string().max(100).optional(),
  user: z.string().max(100).optional(),
  action: z
    .enum(['view', 'create', 'update', 'delete', 'import', 'export', 'sign_in', 'sign_out', 'denied', 'generate'])
    .optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditRowSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    childId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditRow');

export const ValidateQuerySchema = z.object({
  return: z.enum(['cin', '903']).openapi({ description: 'cin: a CIN census XML file; 903: an SSDA903 XML file.' }),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const FindingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'query']),
    message: z.string(),
    table: z.string(),
    fields: z.array(z.string()),
    child: z.string().optional(),
    line: z.number().optional(),
  })
  .openapi('Finding');

export const ValidationSchema = z
  .object({
    errors: z.number(),
    queries: z.number(),
    findings: z.array(FindingSchema).openapi({ description: 'The first 1000 findings.' }),
  })
  .openapi('Validation');

export const ImportQuerySchema = ValidateQuerySchema.extend({
  acceptErrors: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: store what the store can hold of a return with errors and name the rest.' }),
});

export const LeftOutRowSchema = z
  .object({
    table: z.string(),
    file: z.string(),
    line: z.number().optional(),
    child: z.string().optional(),
    reason: z.string(),
  })
  .openapi('LeftOutRow');

export const ImportBatchSchema = z
  .object({
    batchId: z.number().openapi({ description: 'The import_batch row (`kestrel imports show`).' }),
    laCode: z.string(),
    counts: z
      .record(z.string(), z.object({ inserted: z.number(), updated: z.number(), deleted: z.number().optional() }))
      .openapi({ description: 'Rows stored, by table.' }),
    stored: z.number().openapi({ description: 'Rows inserted or changed, all tables.' }),
    leftOut: z.number().openapi({ description: 'Rows the store could not hold (only when accepting errors).' }),
    leftOutRows: z.array(LeftOutRowSchema).openapi({ description: 'The first 1000 rows left out.' }),
    errors: z.number().openapi({ description: 'Error findings accepted (0 unless acceptErrors).' }),
    queries: z.number(),
  })
  .openapi('ImportBatch');
