/**
 * The recording forms over HTTP, on both stores (record.fixture.ts): every form draws; a valid post is
 * written with its audit row and lands on the child page's banner; a schema error, a DfE rule error, a
 * DfE query, a stale form, a post without its CSRF token and a role that may not record each write
 * nothing, and say why on the page.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildCpPlan } from '../../records/factories.ts';
import { EVENT_KINDS } from '../../recording/kinds.ts';
import { recordVersion } from '../../recording/record-version.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs, type TestSession } from '../testing.ts';
import { loadRecordingFixture, lookedAfterForm, ON_DATE } from './record.fixture.ts';

const USERS = ['sw', 'tm', 'hos', 'analyst', 'qa', 'councillor', 'admin'] as const;

/** The page's text without tags, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

/** The error summary's links: [href, text]. */
function summary(html: string): string[][] {
  const block = /data-testid="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...block.matchAll(/<a href="([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => [m[1]!, textOf(m[2]!).trim()]);
}

function versionIn(html: string): number {
  return Number(/name="_version" value="(\d+)"/.exec(html)?.[1]);
}

for (const backend of testBackends()) {
  describe(`recording forms [${backend.name}]`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    const sessions = {} as Record<(typeof USERS)[number], TestSession>;
    const get = (who: (typeof USERS)[number], path: string) =>
      app.request(path, { headers: { accept: 'text/html', cookie: sessions[who].cookie } });
    const post = (
      who: (typeof USERS)[number],
      path: string,
      fields: Record<string, string | string[]>,
      { csrf = true } = {},
    ) => {
      const body = new URLSearchParams();
      if (csrf) body.append('_csrf', sessions[who].csrf);
      for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
      return app.request(path, {
        method: 'POST',
        headers: {
          accept: 'text/html',
          cookie: sessions[who].cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: body.toString(),
      });
    };
    /** Opens the form (as a person would) and posts it with the answers; returns the answer. */
    const fill = async (who: (typeof USERS)[number], child: string, kind: string, fields: Record<string, string>) => {
      const form = await get(who, `/children/${child}/record/${kind}`);
      assert.equal(form.status, 200);
      return post(who, `/children/${child}/record/${kind}`, {
        _version: String(versionIn(await form.text())),
        ...fields,
      });
    };
    const count = async (table: string, child: string) =>
      Number(
        (await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE child_id = $1`, [child]))[0]!.n,
      );

    before(async () => {
      db = await backend.open();
      await loadRecordingFixture(db);
      for (const who of USERS) sessions[who] = await signInAs(db, who);
      app = createApp({ db, today: () => ON_DATE, oidc: undefined });
    });
    after(() => db.close());

    test('the child page leads to the list of every kind of event, and every form draws with its version', async () => {
      const child = await (await get('sw', '/children/CA1')).text();
      assert.match(child, /href="\/children\/CA1\/record"[^>]*data-testid="record-event"/);
      const list = await (await get('sw', '/children/CA1/record')).text();
      const links = [...list.matchAll(/href="\/children\/CA1\/record\/([a-z0-9-]+)"/g)].map((m) => m[1]);
      assert.deepEqual(
        links,
        EVENT_KINDS.map((kind) => kind.kind),
      );
      for (const kind of EVENT_KINDS) {
        const response = await get('sw', `/children/CA1/record/${kind.kind}`);
        assert.equal(response.status, 200, kind.kind);
        const html = await response.text();
        assert.match(html, new RegExp(`<h1 class="govuk-heading-l">${kind.title}</h1>`));
        assert.equal(versionIn(html), 0, kind.kind);
        assert.match(html, new RegExp(`name="_csrf" value="${sessions.sw.csrf}"`));
      }
      // The referral a plan follows on from is chosen from the child's own, newest first.
      const plan = await (await get('sw', '/children/CA1/record/cin-plan-start')).text();
      assert.deepEqual(
        [...plan.matchAll(/<option value="(R\d)"/g)].map((m) => m[1]),
        ['R2', 'R1'],
      );
    });

    test('a valid visit: 303 to the child page and its banner; the row and one audit row, version 1', async () => {
      const mark = await lastAuditId(db);
      const response = await fill('sw', 'CA1', 'statutory-visit', {
        visitDate: '15/06/2026',
        kind: 'cin',
        seen: 'yes',
        seenAlone: 'yes',
        workerId: 'WA1',
      });
      assert.equal(response.status, 303);
      const location = response.headers.get('location') ?? '';
      assert.match(location, /^\/children\/CA1\?recorded=statutory-visit&version=1&check=/);
      const [visit] = await db.query<{ visit_date: string; seen_alone: boolean; worker_id: string }>(
        `SELECT visit_date::text, seen_alone, worker_id FROM visit WHERE child_id = 'CA1' AND id LIKE 'V-%'`,
      );
      assert.deepEqual(visit, { visit_date: '2026-06-15', seen_alone: true, worker_id: 'WA1' });
      const written = (await auditSince(db, mark)).filter((row) => row.action !== 'view');
      assert.deepEqual(
        written.map((row) => [row.action, row.entity, row.child_id, row.detail?.recorded, row.detail?.version]),
        [['create', 'visit', 'CA1', true, 1]],
      );
      const page = await (await get('sw', location)).text();
      assert.match(textOf(page), /Success Statutory visit recorded/);
      // A link someone else made, or with the version altered, shows no banner.
      assert.doesNotMatch(await (await get('tm', location)).text(), /data-testid="recorded"/);
      const altered = location.replace('version=1', 'version=2');
      assert.doesNotMatch(await (await get('sw', altered)).text(), /data-testid="recorded"/);
    });

    test('a date that is no date: 400, the error summary links to the field, the message beside it, nothing written', async () => {
      const before = await recordVersion(db, { laCode: '990', childId: 'CA1' });
      const mark = await lastAuditId(db);
      const response = await fill('sw', 'CA1', 'statutory-visit', { visitDate: '2026-02-30', seen: 'no' });
      assert.equal(response.status, 400);
      const html = await response.text();
      assert.match(html, /<title>Error: Statutory visit - Kestrel<\/title>/);
      assert.deepEqual(summary(html), [
        ['#visitDate', 'The date of the visit must be a real date, like 2026-03-27'],
        ['#kind', 'Select the kind of visit'],
      ]);
      assert.match(textOf(html), /Error: The date of the visit must be a real date/);
      assert.match(html, /id="visitDate" name="visitDate" type="text" value="2026-02-30"/, 'the answer is kept');
      assert.match(html, /id="seen-2" name="seen" type="radio" value="no" checked/);
      assert.equal(await recordVersion(db, { laCode: '990', childId: 'CA1' }), before);
      assert.equal(await count('visit', 'CA1'), 2);
      assert.deepEqual(
        (await auditSince(db, mark)).map((line) => line.action),
        ['view', 'view'],
        'the form read twice (opened, shown again), no change',
      );
    });

    test('a DfE rule error blocks, naming the rule beside the field (CIN census 8925, 903 302), nothing written', async () => {
      const plan = await buildCpPlan(db, {
        la_code: '990',
        child_id: 'CA1',
        referral_id: 'R1',
        start_date: '2026-06-05',
      });
      const ended = await fill('sw', 'CA1', 'cp-plan-end', { planId: plan.id, endDate: '2026-06-01' });
      assert.equal(ended.status, 400);
      const html = await ended.text();
      assert.deepEqual(summary(html), [
        ['#endDate', 'CIN census rule 8925: Child Protection Plan End Date earlier than Start Date'],
      ]);
      assert.match(html, /data-testid="error-endDate">[\s\S]*?CIN census rule 8925/);
      assert.equal(
        (await db.query(`SELECT 1 FROM cp_plan WHERE id = $1 AND end_date IS NULL`, [plan.id])).length,
        1,
        'the plan is not ended',
      );
      const baby = await fill('tm', 'CBABY', 'looked-after', lookedAfterForm('2026-04-20'));
      assert.equal(baby.status, 400);
      const shown = summary(await baby.text());
      assert.ok(
        shown.some(
          ([href, text]) =>
            href === '#startDate' && text === '903 rule 302: First episode starts before child was born.',
        ),
        JSON.stringify(shown),
      );
      assert.equal(await count('care_period', 'CBABY'), 0);
    });

    test('a DfE query asks to confirm; unconfirmed it asks again; confirmed it is recorded and audited', async () => {
      const referral = await fill('tm', 'CL1', 'referral', {
        referralDate: '2026-06-01',
        source: '1A',
        primaryNeed: 'N1',
        noFurtherAction: 'no',
      });
      assert.equal(referral.status, 303);
      const [row] = await db.query<{ id: string }>(`SELECT id FROM referral WHERE child_id = 'CL1'`);
      const answers = { referralId: row!.id, startDate: '2026-06-02' };
      const asked = await fill('tm', 'CL1', 'assessment-start', answers);
      assert.equal(asked.status, 422);
      const html = await asked.text();
      assert.match(textOf(html), /DfE query CIN census rule 8670Q:/);
      assert.match(html, /name="_confirm" type="checkbox" value="yes"/);
      assert.match(html, /data-testid="queries-banner"[^>]*autofocus/, 'told first, and focused');
      assert.match(html, /Confirm and record<\/button>/);
      assert.equal(await count('assessment', 'CL1'), 0);
      const version = String(versionIn(html));
      const again = await post('tm', '/children/CL1/record/assessment-start', {
        _version: version,
        _queried: 'yes',
        ...answers,
      });
      assert.equal(again.status, 422);
      assert.deepEqual(summary(await again.text()), [
        ['#_confirm', 'Select "confirm and record" to record despite the DfE queries, or change the answers'],
      ]);
      const mark = await lastAuditId(db);
      const confirmed = await post('tm', '/children/CL1/record/assessment-start', {
        _version: version,
        _queried: 'yes',
        _confirm: 'yes',
        ...answers,
      });
      assert.equal(confirmed.status, 303);
      assert.equal(await count('assessment', 'CL1'), 1);
      const audit = (await auditSince(db, mark)).filter((line) => line.action === 'create');
      assert.deepEqual(
        audit.map((line) => [line.entity, line.detail?.confirmedQueries]),
        [['assessment', ['8670Q']]],
      );
    });

    test('a stale form: 409 with what changed meanwhile, nothing written; confirmed, both changes are kept', async () => {
      const form = await (await get('sw', '/children/CA1/record/la-review')).text();
      const opened = versionIn(form);
      // The team manager records a visit on CA1 while the social worker's form is open.
      const other = await fill('tm', 'CA1', 'statutory-visit', { visitDate: '2026-06-20', kind: 'cin', seen: 'yes' });
      assert.equal(other.status, 303);
      const answers = { reviewDate: '2026-06-25', participation: 'PN1' };
      const stale = await post('sw', '/children/CA1/record/la-review', { _version: String(opened), ...answers });
      assert.equal(stale.status, 409);
      const html = await stale.text();
      assert.equal(await count('cla_review', 'CA1'), 0, 'not written');
      const changes = /data-testid="changes"[\s\S]*?<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
      assert.match(textOf(changes), /User tm Statutory visit \(added\) Visit 20 June 2026 \(V-/);
      assert.equal(versionIn(html), opened + 1, 'the form now stands on the version it was shown');
      assert.match(html, /id="reviewDate" name="reviewDate" type="text" value="2026-06-25"/, 'answers kept');
      const confirmed = await post('sw', '/children/CA1/record/la-review', {
        _version: String(versionIn(html)),
        ...answers,
      });
      assert.equal(confirmed.status, 303);
      assert.equal(await count('cla_review', 'CA1'), 1);
      assert.equal(
        (await db.query(`SELECT 1 FROM visit WHERE child_id = 'CA1' AND visit_date = '2026-06-20'`)).length,
        1,
        "the other person's visit is kept",
      );
    });

    test('a post without its CSRF token is refused (403), nothing written', async () => {
      const version = await recordVersion(db, { laCode: '990', childId: 'CA1' });
      const response = await post(
        'sw',
        '/children/CA1/record/la-review',
        { _version: String(version), reviewDate: '2026-06-26', participation: 'PN1' },
        { csrf: false },
      );
      assert.equal(response.status, 403);
      assert.equal(await recordVersion(db, { laCode: '990', childId: 'CA1' }), version);
    });

    test('every role: those the policy lets change the child get the form, the rest 403', async () => {
      const statuses = Object.fromEntries(
        await Promise.all(
          USERS.map(async (who) => [who, (await get(who, '/children/CA1/record/statutory-visit')).status] as const),
        ),
      );
      assert.deepEqual(statuses, { sw: 200, tm: 200, hos: 200, analyst: 403, qa: 403, councillor: 403, admin: 403 });
    });

    test('roles that may not record are refused (403, no button); a child outside scope is absent (404); all audited', async () => {
      for (const who of ['analyst', 'qa', 'councillor', 'admin'] as const) {
        const mark = await lastAuditId(db);
        assert.equal((await get(who, '/children/CA1/record')).status, 403, who);
        assert.equal((await get(who, '/children/CA1/record/statutory-visit')).status, 403, who);
        const refused = await post(who, '/children/CA1/record/statutory-visit', {
          _version: '99',
          visitDate: '2026-06-28',
          kind: 'cin',
          seen: 'yes',
        });
        assert.equal(refused.status, 403, who);
        const audit = await auditSince(db, mark);
        assert.ok(audit.length >= 3 && audit.every((line) => line.action === 'denied'), JSON.stringify(audit));
      }
      assert.doesNotMatch(await (await get('analyst', '/children/CA1')).text(), /data-testid="record-event"/);
      // CB is in team TB: not on the social worker's caseload.
      assert.equal((await get('sw', '/children/CB/record/statutory-visit')).status, 404);
      const outside = await post('sw', '/children/CB/record/statutory-visit', {
        _version: '0',
        visitDate: '2026-06-28',
        kind: 'cin',
        seen: 'yes',
      });
      assert.equal(outside.status, 404);
      assert.equal(await count('visit', 'CB'), 0);
      assert.equal((await get('sw', '/children/CA1/record/no-such-kind')).status, 404);
    });
  });
}
