/**
 * GET /api/audit: the audit log of the caller's council by child, user, date and action, newest first,
 * for administrators and quality assurance officers (the policy's `audit-search`). A search is itself
 * audited: seeing who looked at a child is a look at that child.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '../../access/audit.ts';
import { searchAudit } from '../../access/audit-chain.ts';
import { authorize } from '../../access/scope.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';
import { AuditQuerySchema, AuditRowSchema, REFUSALS } from './schemas.ts';

const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  summary: "Search the audit log of the caller's council (administrators, QA)",
  request: { query: AuditQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: z.array(AuditRowSchema) } }, description: 'Audit rows.' },
    ...REFUSALS,
  },
});

export function registerAuditRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(auditRoute, async (c) => {
    const { actor } = callerOf(c);
    const query = c.req.valid('query');
    const rows = await c.var.db().transaction(async (tx) => {
      const decision = await authorize(
        tx,
        actor,
        'audit-search',
        { target: 'audit', laCode: actor.laCode },
        auditContext(c),
      );
      if (!decision.allowed) return decision;
      const found = await searchAudit(tx, {
        laCode: actor.laCode,
        childId: query.child,
        actor: query.user,
        action: query.action,
        from: query.from,
        to: query.to,
        limit: query.limit,
      });
      await recordAudit(tx, {
        laCode: actor.laCode,
        actor: actor.userId,
        action: 'view',
        entity: 'audit_log',
        childId: query.child ?? null,
        at: c.var.now(),
        detail: { search: query, ...auditContext(c) },
      });
      return found;
    });
    if (!Array.isArray(rows)) throw refusal(rows);
    return c.json(
      rows.map((row) => ({
        id: Number(row.id),
        at: new Date(row.at).toISOString(),
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        childId: row.child_id,
        detail: row.detail,
      })),
      200,
    );
  });
}
