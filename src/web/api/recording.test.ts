/**
 * The recording API over HTTP, on both stores, with the access fixture (990): each answer the route
 * can give, its status, body and audit rows, and the forms in the OpenAPI document.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildAccessCouncil, ON_DATE } from '../../access/fixtures/access-council.ts';
import { buildCpPlan, buildReferral } from '../../records/factories.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs, type TestSession } from '../testing.ts';

for (const backend of testBackends()) {
  describe(`recording API [${backend.name}]`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    const sessions: Record<string, TestSession> = {};
    const send = (who: string, path: string, body?: unknown) =>
      app.request(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          cookie: sessions[who]!.cookie,
          'x-csrf-token': sessions[who]!.csrf,
          'content-type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const versionOf = async (who: string, child: string) =>
      ((await (await send(who, `/api/children/${child}/version`)).json()) as { version: number }).version;

    before(async () => {
      db = await backend.open();
      await buildAccessCouncil(db);
      for (const who of ['sw', 'tm', 'analyst', 'councillor']) sessions[who] = await signInAs(db, who);
      app = createApp({ db, today: () => ON_DATE, oidc: undefined });
    });
    after(() => db.close());

    test('a visit recorded: 201 with the row and the new version, one create row in the audit log', async () => {
      const version = await versionOf('sw', 'CA1');
      const mark = await lastAuditId(db);
      const response = await send('sw', '/api/children/CA1/events/statutory-visit', {
        version,
        input: { visitDate: '2026-06-15', kind: 'cin', seen: true },
      });
      assert.equal(response.status, 201);
      const body = (await response.json()) as { entity: string; version: number; action: string };
      assert.deepEqual([body.action, body.entity, body.version], ['create', 'visit', version + 1]);
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((row) => [row.action, row.entity, row.child_id]),
        [['create', 'visit', 'CA1']],
      );
    });

    test('400 names the field: the form schema, and a DfE rule with its code', async () => {
      const version = await versionOf('tm', 'CA2');
      const bad = await send('tm', '/api/children/CA2/events/la-review', {
        version,
        input: { reviewDate: 'soon', participation: 'PN1' },
      });
      assert.equal(bad.status, 400);
      assert.equal(((await bad.json()) as { error: { field: string } }).error.field, 'input.reviewDate');
      const referral = await buildReferral(db, {
        la_code: '990',
        child_id: 'CA2',
        referral_date: '2026-06-01',
        decision_date: '2026-06-01',
      });
      const plan = await buildCpPlan(db, {
        la_code: '990',
        child_id: 'CA2',
        referral_id: referral.id,
        start_date: '2026-06-05',
      });
      const blocked = await send('tm', '/api/children/CA2/events/cp-plan-end', {
        version,
        input: { planId: plan.id, endDate: '2026-06-01' },
      });
      assert.equal(blocked.status, 400);
      const body = (await blocked.json()) as {
        error: { code: string; field: string; rule: { code: string }; message: string };
      };
      assert.deepEqual([body.error.code, body.error.field, body.error.rule.code], ['bad_request', 'endDate', '8925']);
      assert.match(body.error.message, /CIN census rule 8925/);
    });

    test('409 for a stale version, with the change made since; the same change at the version shown is recorded', async () => {
      const version = await versionOf('tm', 'CA1');
      const input = { visitDate: '2026-06-20', kind: 'cin', seen: true };
      assert.equal((await send('sw', '/api/children/CA1/events/statutory-visit', { version, input })).status, 201);
      const stale = await send('tm', '/api/children/CA1/events/statutory-visit', {
        version,
        input: { ...input, visitDate: '2026-06-21' },
      });
      assert.equal(stale.status, 409);
      const body = (await stale.json()) as {
        error: { code: string };
        version: number;
        changes: Array<{ entity: string }>;
      };
      assert.deepEqual(
        [body.error.code, body.version, body.changes.map((c) => c.entity)],
        ['stale_version', version + 1, ['visit']],
      );
      const again = await send('tm', '/api/children/CA1/events/statutory-visit', {
        version: body.version,
        input: { ...input, visitDate: '2026-06-21' },
      });
      assert.equal(again.status, 201);
    });

    test('403 for a role that may not record, 404 for a child outside the caseload; both audited as denied', async () => {
      const mark = await lastAuditId(db);
      const input = { visitDate: '2026-06-20', kind: 'cin', seen: true };
      assert.equal(
        (await send('analyst', '/api/children/CA1/events/statutory-visit', { version: 0, input })).status,
        403,
      );
      assert.equal(
        (await send('councillor', '/api/children/CA1/events/statutory-visit', { version: 0, input })).status,
        403,
      );
      assert.equal((await send('sw', '/api/children/CB/events/statutory-visit', { version: 0, input })).status, 404);
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((row) => [row.action, row.child_id, (row.detail as { reason: string }).reason]),
        [
          ['denied', 'CA1', 'no_grant'],
          ['denied', 'CA1', 'no_grant'],
          ['denied', 'CB', 'not_found'],
        ],
      );
    });

    test('every form is in the OpenAPI document with its fields', async () => {
      const document = (await (await app.request('/api/openapi.json')).json()) as {
        paths: Record<
          string,
          {
            post?: {
              requestBody: {
                content: {
                  'application/json': { schema: { properties: { input: { properties: Record<string, unknown> } } } };
                };
              };
            };
          }
        >;
      };
      const review = document.paths['/api/children/{id}/events/la-review']?.post;
      assert.deepEqual(
        Object.keys(review!.requestBody.content['application/json'].schema.properties.input.properties),
        ['reviewDate', 'participation'],
      );
      assert.ok(document.paths['/api/children/{id}/version']);
      assert.equal(Object.keys(document.paths).filter((path) => path.includes('/events/')).length, 20);
    });
  });
}
