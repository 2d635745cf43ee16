/**
 * POST /api/returns/import?return=cin|903: loads one return file (the XML in the request body) into the
 * record store with the importer `kestrel import` uses (returns/store/import-return.ts): validated
 * first, refused whole (422 with the findings, store unchanged) when it has errors unless
 * acceptErrors=true, then written in one transaction with one import_batch row and one audit row naming
 * the caller. Only roles with `import` on returns (performance analysts) may; a refusal is audited. The
 * body is bounded (limits.maxReturnBytes) and lives in a private temporary folder only while it is read;
 * the write runs under the longer import time limit (limits.importTimeoutMs) through the bounded store.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '../../access/audit.ts';
import { authorize } from '../../access/scope.ts';
import type { Finding } from '../../returns/findings.ts';
import type { ImportSummary } from '../../returns/store/import-return.ts';
import type { Db } from '../../store/db.ts';
import { ApiError } from '../errors.ts';
import {
  checkReturn,
  hasErrors,
  importChecked,
  presentFinding,
  withReturnFolder,
  type ImportRequest,
} from '../return-files.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';
import { ErrorSchema, ImportBatchSchema, ImportQuerySchema, REFUSALS, ValidationSchema } from './schemas.ts';

const SHOWN = 1000;

const importRoute = createRoute({
  method: 'post',
  path: '/api/returns/import',
  summary: 'Import a CIN census or SSDA903 XML file into the record store (performance analysts)',
  request: {
    query: ImportQuerySchema,
    body: { content: { 'application/xml': { schema: z.string() } }, required: true },
  },
  responses: {
    201: { content: { 'application/json': { schema: ImportBatchSchema } }, description: 'The import batch.' },
    ...REFUSALS,
    413: { content: { 'application/json': { schema: ErrorSchema } }, description: 'The file is too large.' },
    422: {
      content: { 'application/json': { schema: ValidationSchema } },
      description: 'The return has errors and acceptErrors is not set: nothing was stored.',
    },
  },
});

type ImportOutcome = { refused: Finding[] } | { summary: ImportSummary };

/** Reads, checks and (when clean or accepted) imports the file; the folder is removed whatever happens. */
async function importFile(
  db: Db,
  kind: 'cin' | '903',
  body: Uint8Array,
  year: number | undefined,
  request: ImportRequest,
): Promise<ImportOutcome> {
  return withReturnFolder(
    [{ name: `return-${kind}.xml`, body }],
    async (paths) => {
      const checked = await checkReturn(kind, paths, { year, laCode: request.laCode });
      if (hasErrors(checked.findings) && !request.acceptErrors) return { refused: checked.findings };
      return { summary: await importChecked(db, checked, paths, request) };
    },
    'kestrel-import-',
  );
}

function presentFindings(findings: readonly Finding[]) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, queries: findings.length - errors, findings: findings.slice(0, SHOWN).map(presentFinding) };
}

function presentSummary(summary: ImportSummary) {
  return {
    batchId: summary.batchId,
    laCode: summary.laCode,
    counts: summary.counts,
    stored: Object.values(summary.counts).reduce((sum, c) => sum + c.inserted + c.updated, 0),
    leftOut: summary.leftOut.length,
    leftOutRows: summary.leftOut.slice(0, SHOWN).map((row) => ({
      table: row.table,
      file: row.file,
      reason: row.reason,
      ...(row.line !== undefined ? { line: row.line } : {}),
      ...(row.child !== undefined ? { child: row.child } : {}),
    })),
    errors: summary.errors,
    queries: summary.queries,
  };
}

export function registerReturnImport(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(importRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const laCode = actor.laCode;
    const decision = await authorize(c.var.db(), actor, 'import', { target: 'returns', laCode }, auditContext(c));
    if (!decision.allowed) throw refusal(decision);
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.length === 0) throw new ApiError('bad_request', 'body: send the return file as the request body.', 'body');
    const outcome = await importFile(c.var.importDb(), query.return, body, query.year, {
      laCode,
      actor: actor.userId,
      acceptErrors: query.acceptErrors === 'true',
      startedAt: new Date(),
    });
    if ('refused' in outcome) {
      const refused = presentFindings(outcome.refused);
      // Nothing was stored; the check itself is audited as the validate route audits it.
      await recordAudit(c.var.db(), {
        laCode,
        actor: actor.userId,
        action: 'view',
        entity: 'return-validation',
        at: c.var.now(),
        detail: {
          return: query.return,
          bytes: body.length,
          errors: refused.errors,
          queries: refused.queries,
          imported: false,
          ...auditContext(c),
        },
      });
      return c.json(refused, 422);
    }
    return c.json(presentSummary(outcome.summary), 201);
  });
}
