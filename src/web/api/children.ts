/**
 * GET /api/children/{id}: one child's core record and main events, for a caller whose scope includes
 * the child. openChild decides and writes the audit row (a view, or a refusal) in the same transaction
 * as the read; a child outside the caller's scope, restricted from them, in another council or not
 * there at all answers the same 404, so the answer never confirms that a child exists.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { openChild } from '../../access/scope.ts';
import type { Db } from '../../store/db.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';
import { ChildRecordSchema, ErrorSchema, IdParamSchema, REFUSALS } from './schemas.ts';

const childRoute = createRoute({
  method: 'get',
  path: '/api/children/{id}',
  summary: "A child's record, within the caller's scope (audited)",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { 'application/json': { schema: ChildRecordSchema } }, description: "The child's record." },
    ...REFUSALS,
    404: {
      content: { 'application/json': { schema: ErrorSchema } },
      description: 'No such child, or one the caller may not know exists.',
    },
  },
});

interface ChildCore {
  id: string;
  la_code: string;
  given_name: string | null;
  family_name: string | null;
  date_of_birth: string | null;
  sex: string;
  ethnicity: string;
}

interface ChildEvent {
  kind: string;
  id: string;
  start: string | null;
  end: string | null;
  detail: string | null;
}

/** The main events of a child's journey, oldest first: one row each, in one query. */
const EVENTS_SQL = `
  SELECT 'referral' AS kind, id, referral_date AS start, closure_date AS "end", primary_need AS detail FROM referral WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 'assessment', id, start_date, authorised_date, NULL FROM assessment WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 'cin_plan', id, start_date, end_date, NULL FROM cin_plan WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 's47_enquiry', id, start_date, end_date, NULL FROM s47_enquiry WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 'cp_plan', id, start_date, end_date, latest_category FROM cp_plan WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 'care_period', id, start_date, end_date, CASE WHEN short_breaks_only THEN 'short breaks only' END FROM care_period WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 'cla_episode', id, start_date, NULL, legal_status || ' ' || placement_type FROM cla_episode WHERE la_code = $1 AND child_id = $2
  UNION ALL SELECT 'allocation', id, start_date, end_date, kind || ' ' || worker_id || ' (team ' || team_id || ')' FROM allocation WHERE la_code = $1 AND child_id = $2
  ORDER BY start NULLS LAST, kind, id`;

async function readChild(db: Db, laCode: string, childId: string) {
  const [core] = await db.query<ChildCore>(
    'SELECT id, la_code, given_name, family_name, date_of_birth, sex, ethnicity FROM child WHERE la_code = $1 AND id = $2',
    [laCode, childId],
  );
  if (!core) return undefined;
  const events = await db.query<ChildEvent>(EVENTS_SQL, [laCode, childId]);
  return {
    id: core.id,
    laCode: core.la_code,
    givenName: core.given_name,
    familyName: core.family_name,
    dateOfBirth: core.date_of_birth,
    sex: core.sex,
    ethnicity: core.ethnicity,
    events: events.map((e) => ({ kind: e.kind, id: e.id, start: e.start, end: e.end, detail: e.detail })),
  };
}

export function registerChildRoutes(api: OpenAPIHono<RequestEnv>): void {
  api.openapi(childRoute, async (c) => {
    const { actor } = callerOf(c);
    const childId = c.req.valid('param').id;
    const record = await c.var.db().transaction(async (tx) => {
      const decision = await openChild(tx, actor, 'read', childId, { on: c.var.today(), ...auditContext(c) });
      if (!decision.allowed) return decision;
      return (await readChild(tx, actor.laCode, childId)) ?? ({ allowed: false, reason: 'not_found' } as const);
    });
    if ('allowed' in record) throw refusal(record);
    return c.json(record, 200);
  });
}
