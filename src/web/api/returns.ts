/**
 * POST /api/returns/validate?return=cin|903: checks one return file (the XML in the request body) against
 * its schema and the DfE rules of its collection year, as `kestrel validate` does, for the roles that
 * import returns (performance analysts). The body is bounded (limits.maxReturnBytes); the file lives in
 * a private temporary folder only while it is checked. A file that cannot be read is a 400 naming the
 * body; the check is audited.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '../../access/audit.ts';
import { authorize } from '../../access/scope.ts';
import type { Finding } from '../../returns/findings.ts';
import { ApiError } from '../errors.ts';
import { checkReturn, presentFinding, withReturnFolder } from '../return-files.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';
import { ErrorSchema, REFUSALS, ValidateQuerySchema, ValidationSchema } from './schemas.ts';

const SHOWN_FINDINGS = 1000;

const validateRoute = createRoute({
  method: 'post',
  path: '/api/returns/validate',
  summary: 'Check a CIN census or SSDA903 XML file against the DfE rules (performance analysts)',
  request: {
    query: ValidateQuerySchema,
    body: { content: { 'application/xml': { schema: z.string() } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: ValidationSchema } }, description: 'The findings.' },
    ...REFUSALS,
    413: { content: { 'application/json': { schema: ErrorSchema } }, description: 'The file is too large.' },
  },
});

async function checkFile(kind: 'cin' | '903', body: Uint8Array, year: number | undefined): Promise<Finding[]> {
  const checked = await withReturnFolder([{ name: `return-${kind}.xml`, body }], (paths) =>
    checkReturn(kind, paths, { year }),
  );
  return checked.findings;
}

export function registerReturnRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(validateRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const db = c.var.db();
    const decision = await authorize(db, actor, 'import', { target: 'returns', laCode: actor.laCode }, auditContext(c));
    if (!decision.allowed) throw refusal(decision);
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.length === 0) throw new ApiError('bad_request', 'body: send the return file as the request body.', 'body');
    const findings = await checkFile(query.return, body, query.year);
    const errors = findings.filter((f) => f.severity === 'error').length;
    await recordAudit(db, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'view',
      entity: 'return-validation',
      at: c.var.now(),
      detail: {
        return: query.return,
        bytes: body.length,
        errors,
        queries: findings.length - errors,
        ...auditContext(c),
      },
    });
    return c.json(
      {
        errors,
        queries: findings.length - errors,
        findings: findings.slice(0, SHOWN_FINDINGS).map(presentFinding),
      },
      200,
    );
  });
}
