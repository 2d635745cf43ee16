/**
 * The HTTP access matrix: each of the seven roles against each route family and action the API has
 * (figures: read, list by team and export; a child's record: read, and change by recording a visit; drill-down; returns: import (validation);
 * the audit log: search; who am I), asserting the status and the audit rows the request wrote. The
 * expected answers are worked by hand from the access fixture (src/access/fixtures/access-council.ts):
 * children in need on ON_DATE are CA1 (team TA, WA1's caseload), CB (team TB, service S1) and CRES
 * (restricted, named: the TA manager), plus CX in the neighbouring council.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildAccessCouncil, ON_DATE } from '../access/fixtures/access-council.ts';
import { buildReferral } from '../records/factories.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate903 } from '../returns/store/validate.ts';
import { recordVersion } from '../recording/record-version.ts';
import { createApp } from './app.ts';
import { auditSince, lastAuditId, signInAs, type TestSession } from './testing.ts';

const ROLES = ['sw', 'tm', 'hos', 'analyst', 'qa', 'councillor', 'admin'] as const;
type RoleUser = (typeof ROLES)[number];

/** What a request should get: its status and the audit rows (action entity [child]) it writes. */
interface Expected {
  status: number;
  audit: string[];
  /** For drill-down: the children shown. */
  children?: string[];
}

const denied = (entity: string, child?: string) => `denied ${entity}${child ? ` ${child}` : ''}`;
const viewed = (entity: string, child?: string) => `view ${entity}${child ? ` ${child}` : ''}`;

const FIGURES: Record<RoleUser, Expected> = {
  sw: { status: 200, audit: [] },
  tm: { status: 200, audit: [] },
  hos: { status: 200, audit: [] },
  analyst: { status: 200, audit: [] },
  qa: { status: 200, audit: [] },
  councillor: { status: 200, audit: [] },
  admin: { status: 403, audit: [denied('figures')] },
};

const FIGURES_BY_TEAM: Record<RoleUser, Expected> = {
  ...FIGURES,
  councillor: { status: 403, audit: [denied('figures')] },
};

const exported = { status: 200, audit: ['export indicators'] };
const EXPORT_FIGURES: Record<RoleUser, Expected> = {
  sw: { status: 403, audit: [denied('figures')] }, // reads figures, may not export them
  tm: exported,
  hos: exported,
  analyst: exported,
  qa: exported,
  councillor: exported, // suppressed, as in public outputs
  admin: { status: 403, audit: [denied('figures')] },
};

const READ_CA1: Record<RoleUser, Expected> = {
  sw: { status: 200, audit: [viewed('child', 'CA1')] },
  tm: { status: 200, audit: [viewed('child', 'CA1')] },
  hos: { status: 200, audit: [viewed('child', 'CA1')] },
  analyst: { status: 200, audit: [viewed('child', 'CA1')] },
  qa: { status: 200, audit: [viewed('child', 'CA1')] },
  councillor: { status: 403, audit: [denied('child', 'CA1')] },
  admin: { status: 403, audit: [denied('child', 'CA1')] },
};

const READ_CB: Record<RoleUser, Expected> = {
  sw: { status: 404, audit: [denied('child', 'CB')] },
  tm: { status: 404, audit: [denied('child', 'CB')] },
  hos: { status: 200, audit: [viewed('child', 'CB')] },
  analyst: { status: 200, audit: [viewed('child', 'CB')] },
  qa: { status: 200, audit: [viewed('child', 'CB')] },
  councillor: { status: 403, audit: [denied('child', 'CB')] },
  admin: { status: 403, audit: [denied('child', 'CB')] },
};

const drilled = (children: string[]): Expected => ({
  status: 200,
  audit: children.map((child) => viewed('indicator-drilldown', child)),
  children,
});
const DRILL_DOWN: Record<RoleUser, Expected> = {
  sw: drilled(['CA1']),
  tm: drilled(['CA1', 'CRES']),
  hos: drilled(['CA1', 'CB']),
  analyst: drilled(['CA1', 'CB']),
  qa: drilled(['CA1', 'CB']),
  councillor: { status: 403, audit: [denied('indicator-drilldown')] },
  admin: { status: 403, audit: [denied('indicator-drilldown')] },
};

const recordedVisit = (child: string): Expected => ({ status: 201, audit: [`create visit ${child}`] });
const RECORD_CA1: Record<RoleUser, Expected> = {
  sw: recordedVisit('CA1'),
  tm: recordedVisit('CA1'),
  hos: recordedVisit('CA1'),
  analyst: { status: 403, audit: [denied('child', 'CA1')] }, // reads every child, records none
  qa: { status: 403, audit: [denied('child', 'CA1')] },
  councillor: { status: 403, audit: [denied('child', 'CA1')] },
  admin: { status: 403, audit: [denied('child', 'CA1')] },
};
const RECORD_CB: Record<RoleUser, Expected> = {
  ...RECORD_CA1,
  sw: { status: 404, audit: [denied('child', 'CB')] },
  tm: { status: 404, audit: [denied('child', 'CB')] },
  hos: recordedVisit('CB'),
  analyst: { status: 403, audit: [denied('child', 'CB')] },
  qa: { status: 403, audit: [denied('child', 'CB')] },
  councillor: { status: 403, audit: [denied('child', 'CB')] },
  admin: { status: 403, audit: [denied('child', 'CB')] },
};

const refusedFor = (allowed: RoleUser[], ok: Expected, entity: string): Record<RoleUser, Expected> =>
  Object.fromEntries(
    ROLES.map((role) => [role, allowed.includes(role) ? ok : { status: 403, audit: [denied(entity)] }]),
  ) as Record<RoleUser, Expected>;

// The analyst's request passes the policy and reaches the validator, which refuses the body as no XML.
const VALIDATE = refusedFor(['analyst'], { status: 400, audit: [] }, 'returns');
const AUDIT_SEARCH = refusedFor(['admin', 'qa'], { status: 200, audit: [viewed('audit_log')] }, 'audit');
const ME = refusedFor([...ROLES], { status: 200, audit: [] }, 'none');

for (const backend of testBackends()) {
  describe(`HTTP access matrix on ${backend.name}`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    const sessions = {} as Record<RoleUser, TestSession>;
    before(async () => {
      db = await backend.open();
      await buildAccessCouncil(db);
      for (const child_id of ['CA1', 'CB', 'CRES'])
        await buildReferral(db, { la_code: '990', child_id, referral_date: '2026-02-01', decision_date: '2026-02-01' });
      await buildReferral(db, {
        la_code: '991',
        child_id: 'CX',
        referral_date: '2026-02-01',
        decision_date: '2026-02-01',
      });
      for (const role of ROLES) sessions[role] = await signInAs(db, role);
      app = createApp({ db, today: () => ON_DATE, oidc: undefined });
    });
    after(() => db.close());

    async function check(role: RoleUser, expected: Expected, path: string, init: RequestInit = {}) {
      const before = await lastAuditId(db);
      const headers = { cookie: sessions[role].cookie, 'x-csrf-token': sessions[role].csrf, ...init.headers };
      const response = await app.request(path, { ...init, headers });
      assert.equal(response.status, expected.status, `${role} ${path}`);
      const json = (response.headers.get('content-type') ?? '').includes('application/json');
      const body = (json ? await response.json() : { text: await response.text() }) as Record<string, unknown>;
      if (response.status >= 400) assert.equal(typeof (body.error as { code: string }).code, 'string');
      const rows = await auditSince(db, before);
      assert.deepEqual(
        rows.map((r) => [r.action, r.entity, r.child_id].filter(Boolean).join(' ')),
        expected.audit,
        `${role} ${path}: audit rows`,
      );
      return body;
    }

    for (const role of ROLES) {
      test(`${role}: figures (read, and listed by team)`, async () => {
        const body = await check(role, FIGURES[role], `/api/indicators?at=${ON_DATE}&id=cin-at-date`);
        if (FIGURES[role].status === 200) {
          const [figure] = body as unknown as Array<Record<string, unknown>>;
          if (role === 'councillor') assert.deepEqual([figure!.value, figure!.suppressed], [null, true]);
          else assert.equal(figure!.value, 3); // CA1, CB, CRES: a restricted child still counts
        }
        await check(role, FIGURES_BY_TEAM[role], `/api/indicators?at=${ON_DATE}&id=cin-at-date&level=team`);
      });

      test(`${role}: figures (export)`, async () => {
        const body = await check(role, EXPORT_FIGURES[role], `/api/indicators/export?at=${ON_DATE}&id=cin-at-date`);
        if (EXPORT_FIGURES[role].status === 200) {
          const [, row] = (body.text as string).trim().split('\r\n');
          const cells = row!.split(',');
          assert.deepEqual(cells.slice(-4), role === 'councillor' ? ['', '', '', 'true'] : ['3', '3', '', 'false']);
        }
      });

      test(`${role}: a child's record (read), in and out of scope`, async () => {
        const body = await check(role, READ_CA1[role], '/api/children/CA1');
        if (READ_CA1[role].status === 200) assert.equal(body.id, 'CA1');
        await check(role, READ_CB[role], '/api/children/CB');
      });

      test(`${role}: a change to a child's record (a statutory visit), in and out of scope`, async () => {
        for (const [child, expected] of [
          ['CA1', RECORD_CA1[role]],
          ['CB', RECORD_CB[role]],
        ] as const) {
          const version = await recordVersion(db, { laCode: '990', childId: child });
          const input = { visitDate: '2026-06-01', kind: 'cin', seen: true };
          await check(role, expected, `/api/children/${child}/events/statutory-visit`, {
            method: 'POST',
            body: JSON.stringify({ version, input }),
            headers: { 'content-type': 'application/json' },
          });
        }
      });

      test(`${role}: drill-down to the children behind a figure`, async () => {
        const body = await check(role, DRILL_DOWN[role], `/api/indicators/cin-at-date/children?at=${ON_DATE}`);
        if (DRILL_DOWN[role].children) {
          const rows = body.rows as Array<{ subjectId: string }>;
          assert.deepEqual([...new Set(rows.map((r) => r.subjectId))].sort(), DRILL_DOWN[role].children);
          assert.equal((body.result as { value: number }).value, 3, 'the figure itself still counts everyone');
        }
      });

      test(`${role}: returns (import: validation), the audit log (search), who am I`, async () => {
        await check(role, VALIDATE[role], '/api/returns/validate?return=cin', {
          method: 'POST',
          body: 'not a return',
          headers: { 'content-type': 'application/xml' },
        });
        await check(role, AUDIT_SEARCH[role], '/api/audit?limit=5');
        await check(role, ME[role], '/api/me');
      });
    }

    test('an analyst validates a 903 XML file: the findings of `kestrel validate 903`, audited', async () => {
      const file = readFileSync(new URL('../returns/io/fixtures/903-xml/good.xml', import.meta.url));
      const expected = (
        await validate903([fileURLToPath(new URL('../returns/io/fixtures/903-xml/good.xml', import.meta.url))], {})
      ).findings;
      const body = await check(
        'analyst',
        { status: 200, audit: ['view return-validation'] },
        '/api/returns/validate?return=903',
        {
          method: 'POST',
          body: file,
          headers: { 'content-type': 'application/xml' },
        },
      );
      const findings = body.findings as Array<{ code: string; line?: number }>;
      assert.equal((body.errors as number) + (body.queries as number), expected.length);
      assert.deepEqual(
        findings.map((f) => f.code),
        expected.map((f) => f.code),
      );
      assert.ok(
        findings.some((f) => typeof f.line === 'number'),
        'findings carry the line in the file',
      );
    });

    test('a team manager who is also an administrator gets the union of both roles', async () => {
      const admintm = await signInAs(db, 'admintm');
      const headers = { cookie: admintm.cookie };
      assert.equal((await app.request('/api/children/CA1', { headers })).status, 200);
      assert.equal((await app.request('/api/audit', { headers })).status, 200);
      assert.equal((await app.request('/api/children/CB', { headers })).status, 404);
    });
  });
}
