import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importDefaultFramework } from '../../framework/versions.ts';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

const PAGE = '/indicators/referral-decision-1wd';

/** The fixture, the default framework and a signed-in user: a getter and a poster of pages. */
async function indicatorFor(db: Store, username: string) {
  const actors = await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  const session = await signInAs(db, username);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const read = async (response: Response) => ({
    status: response.status,
    location: response.headers.get('location'),
    html: (await response.text()).replace(/\s+/g, ' '),
  });
  return {
    actors,
    get: async (path = PAGE) =>
      read(await app.request(path, { headers: { accept: 'text/html', cookie: session.cookie } })),
    post: async (path: string, form: Record<string, string>, csrf = session.csrf) =>
      read(
        await app.request(path, {
          method: 'POST',
          headers: {
            accept: 'text/html',
            cookie: session.cookie,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
        }),
      ),
  };
}

const rowCells = (html: string, id: string) => {
  const row = new RegExp(`data-part="${id}">(.*?)</tr>`).exec(html)?.[1] ?? '';
  return [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
};

const errors = (html: string) =>
  [
    ...(/data-testid="error-summary">(.*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<a href="#([\w-]+)">(.*?)<\/a>/g),
  ].map((m) => `${m[1]}: ${m[2]}`);

// Referrals in the 12 months to 30 June 2026, all while the child was held in team TA by worker WA1:
// R1 (CA1, decided the day it came), R3 (COLD, the same) and R2 (CA1, no decision): 2 of 3.
for (const backend of testBackends()) {
  describe(`the indicator page on ${backend.name}`, () => {
    test('an analyst sees the definition, the chart and its numbers, teams, workers and children, audited', async () => {
      const db = await backend.open();
      try {
        const { actors, get } = await indicatorFor(db, 'analyst');
        const before = await lastAuditId(db);
        const { status, html } = await get();
        assert.equal(status, 200);
        assert.match(html, /data-testid="current">66.7%</);
        assert.match(html, /data-testid="definition">[^<]{20,}</);
        assert.match(html, /<svg class="kestrel-chart"[^>]*role="img"[^>]*aria-label="Trend: [^"]+ Target 96%\./);
        assert.match(html, /data-testid="legend">.*The measure.*Target/);
        assert.deepEqual(rowCells(html, 'TA'), ['Team TA', '66.7%', '2', '3']);
        assert.deepEqual(rowCells(html, 'WA1'), ['Worker WA1', 'Team TA', '66.7%', '2', '3']);
        const children = [...html.matchAll(/data-child="(\w+)">(.*?)<\/tr>/g)].map((m) => [
          m[1],
          /<td[^>]*>(.*?)<\/td>\s*<td[^>]*>(.*?)<\/td>/.exec(m[2]!)?.[2],
        ]);
        assert.deepEqual(children.sort(), [
          ['CA1', 'Counted (numerator)'],
          ['CA1', 'In the cohort only'],
          ['COLD', 'Counted (numerator)'],
        ]);
        assert.match(html, /data-testid="no-commentary"/);
        assert.match(html, /data-testid="commentary-form"/, 'the performance team writes commentary');
        const audit = await auditSince(db, before);
        assert.deepEqual(audit.map((row) => [row.actor, row.action, row.entity, row.child_id]).sort(), [
          [actors.analyst.userId, 'view', 'indicator-drilldown', 'CA1'],
          [actors.analyst.userId, 'view', 'indicator-drilldown', 'COLD'],
          [actors.analyst.userId, 'view', 'indicator-workers', null],
        ]);
      } finally {
        await db.close();
      }
    });

    test("a team manager sees their team's workers and no form; a social worker sees no worker", async () => {
      const db = await backend.open();
      try {
        const tm = await indicatorFor(db, 'tm');
        const page = (await tm.get()).html;
        assert.deepEqual(rowCells(page, 'WA1'), ['Worker WA1', 'Team TA', '66.7%', '2', '3']);
        assert.doesNotMatch(page, /data-testid="commentary-form"/);
        assert.match(page, /id="commentary"/, 'the history is read by every officer');
        const sw = await signInAs(db, 'sw');
        const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
        const html = await (await app.request(PAGE, { headers: { accept: 'text/html', cookie: sw.cookie } })).text();
        assert.doesNotMatch(html, /data-testid="workers"|data-testid="commentary-form"/);
        assert.match(html, /data-testid="teams"/);
      } finally {
        await db.close();
      }
    });

    test('the responsible officer adds a comment and an action: kept in order, audited, nothing overwritten', async () => {
      const db = await backend.open();
      try {
        const { actors, get, post } = await indicatorFor(db, 'hos');
        const before = await lastAuditId(db);
        const first = await post(`${PAGE}/commentary`, {
          kind: 'comment',
          period: '2026-06',
          text: 'Two in three.\nDay one.',
        });
        assert.equal(first.status, 303);
        assert.equal(first.location, `${PAGE}?added=1#commentary`);
        const action = {
          kind: 'action',
          period: '2026-27Q1',
          text: 'Review the undecided referral',
          owner: 'First Contact manager',
          'due-day': '31',
          'due-month': '7',
          'due-year': '2026',
        };
        assert.equal((await post(`${PAGE}/commentary`, action)).status, 303);
        const { html } = await get(`${PAGE}?added=1`);
        assert.match(html, /data-testid="added"/);
        const entries = [...html.matchAll(/<li class="kestrel-entry" data-kind="(\w+)">(.*?)<\/li>/g)].map((m) => [
          m[1],
          /kestrel-prose">(.*?)<\/p>/.exec(m[2]!)?.[1],
        ]);
        assert.deepEqual(entries, [
          ['action', 'Review the undecided referral'],
          ['comment', 'Two in three. Day one.'],
        ]);
        assert.match(html, /Owner: First Contact manager\. Due 31 July 2026\./);
        assert.match(html, /Written by User hos on/);
        const written = (await auditSince(db, before)).filter((row) => row.action !== 'view');
        assert.deepEqual(
          written.map((row) => [row.actor, row.action, row.entity, row.detail?.kind]),
          [
            [actors.hos.userId, 'create', 'framework_commentary', 'comment'],
            [actors.hos.userId, 'create', 'framework_commentary', 'action'],
          ],
        );
      } finally {
        await db.close();
      }
    });

    test('a bad form answers 400 with each problem beside its field and writes nothing', async () => {
      const db = await backend.open();
      try {
        const { post } = await indicatorFor(db, 'analyst');
        const before = await lastAuditId(db);
        const bad = await post(`${PAGE}/commentary?level=council`, {
          kind: 'comment',
          period: 'last year',
          text: ' ',
          owner: 'Someone',
        });
        assert.equal(bad.status, 400);
        assert.deepEqual(errors(bad.html), [
          'period: Enter the period as a financial year (2025-26), a quarter (2025-26Q1) or a month (2026-06)',
          'text: Enter the comment or action',
          'owner: An owner and a due date are for actions only: choose Action, or leave them blank',
        ]);
        assert.match(bad.html, /id="owner" name="owner" type="text" value="Someone"/);
        const badDate = await post(`${PAGE}/commentary`, {
          kind: 'action',
          period: '2026-06',
          text: 'x',
          'due-day': '31',
          'due-month': '2',
          'due-year': '2026',
        });
        assert.deepEqual(errors(badDate.html), ['due-day: The due date must be a real date']);
        // The page shown again is a view of the children behind the figure (audited as such), nothing more.
        assert.deepEqual(
          (await auditSince(db, before)).filter((row) => row.action !== 'view'),
          [],
        );
        const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM framework_commentary');
        assert.equal(count?.n, 0);
      } finally {
        await db.close();
      }
    });

    test('a role that may not write is refused and audited; a post without its CSRF token is refused', async () => {
      const db = await backend.open();
      try {
        const { actors, post } = await indicatorFor(db, 'tm');
        const before = await lastAuditId(db);
        const refused = await post(`${PAGE}/commentary`, { kind: 'comment', period: '2026-06', text: 'x' });
        assert.equal(refused.status, 403);
        const forged = await post(`${PAGE}/commentary`, { kind: 'comment', period: '2026-06', text: 'x' }, 'forged');
        assert.equal(forged.status, 403);
        const audit = await auditSince(db, before);
        assert.deepEqual(
          audit.map((row) => [row.actor, row.action, row.entity, row.detail?.reason]),
          [
            [actors.tm.userId, 'denied', 'figures', 'no_grant'],
            [actors.tm.userId, 'denied', 'request', 'csrf'],
          ],
        );
        const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM framework_commentary');
        assert.equal(count?.n, 0);
      } finally {
        await db.close();
      }
    });

    test('a councillor sees the figure as c with the footnote, and no teams, workers, children or commentary', async () => {
      const db = await backend.open();
      try {
        const { get } = await indicatorFor(db, 'councillor');
        const before = await lastAuditId(db);
        const { status, html } = await get();
        assert.equal(status, 200);
        assert.match(html, /data-testid="current">c</);
        assert.match(html, /data-testid="suppression-footnote"/);
        assert.doesNotMatch(
          html,
          /data-testid="(teams|workers|children|commentary-form)"|id="commentary"|66\.7|Underlying numbers/,
        );
        assert.deepEqual(await auditSince(db, before), []);
      } finally {
        await db.close();
      }
    });

    test('an indicator not in the framework is not found; a bad filter is a 400', async () => {
      const db = await backend.open();
      try {
        const { get } = await indicatorFor(db, 'analyst');
        assert.equal((await get('/indicators/no-such-measure')).status, 404);
        assert.equal((await get(`${PAGE}?period=decade`)).status, 400);
        assert.equal((await get(`${PAGE}?date-day=1&date-month=1&date-year=2000`)).status, 400);
      } finally {
        await db.close();
      }
    });
  });
}
