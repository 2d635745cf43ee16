/**
 * The quality and money pages over HTTP on both stores: each page for a role that reads it, refused for
 * one that does not; the forms (CSRF checked, GOV.UK error summary and nothing stored on bad input, a
 * redirect once recorded).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, type TestSession } from '../testing.ts';
import { loadQualityFixture, ON_DATE } from './practice-quality.fixture.ts';

const mainText = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

for (const backend of testBackends()) {
  describe(`quality and money pages [${backend.name}]`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    const sessions: Record<string, TestSession> = {};
    const get = async (who: string, path: string) => {
      const response = await app.request(path, { headers: { accept: 'text/html', cookie: sessions[who]!.cookie } });
      return { status: response.status, html: await response.text() };
    };
    const post = async (who: string, path: string, form: Record<string, string>, csrf = true) => {
      const body = new URLSearchParams({ ...form, ...(csrf ? { _csrf: sessions[who]!.csrf } : {}) });
      const response = await app.request(path, {
        method: 'POST',
        headers: {
          accept: 'text/html',
          cookie: sessions[who]!.cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: body.toString(),
      });
      return { status: response.status, location: response.headers.get('location'), html: await response.text() };
    };
    const count = async (table: string) =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE la_code = '990'`))[0]!.n;

    before(async () => {
      db = await backend.open();
      await loadQualityFixture(db);
      for (const who of ['sw', 'tm', 'hos', 'analyst', 'qa']) sessions[who] = await signInAs(db, who);
      app = createApp({ db, today: () => ON_DATE, oidc: undefined });
    });
    after(() => db.close());

    test('the index lists the tools each role reads; the nav has the section', async () => {
      const qa = await get('qa', '/practice/quality');
      assert.equal(qa.status, 200);
      assert.match(qa.html, /href="\/practice\/quality"[^>]*aria-current="page"/);
      assert.match(mainText(qa.html), /Case file audits .* Team health checks .* Improvement plan/);
      assert.doesNotMatch(mainText(qa.html), /Placement budget forecast/);
      assert.match(
        mainText((await get('analyst', '/practice/quality')).html),
        /Placement budget forecast .* Demand forecast/,
      );
      assert.match(mainText((await get('sw', '/practice/quality')).html), /Your role does not use these tools/);
      assert.equal((await get('sw', '/practice/quality/audits')).status, 403);
      assert.equal((await get('sw', '/practice/quality/budget')).status, 403);
    });

    test('audits: the quarter summary as seed 002 reports it, and the audits a manager may see', async () => {
      const qa = await get('qa', '/practice/quality/audits?quarter=2026-27Q1');
      assert.equal(qa.status, 200);
      const text = mainText(qa.html);
      assert.match(
        text,
        /Of the 2 audits completed during the quarter: 0 outstanding \(0%\), 1 good \(50%\), 1 requires improvement \(50%\), 0 inadequate \(0%\)/,
      );
      assert.match(text, /Moderation agreement 100%: the moderator agreed the grade of 1 of 1 moderated audits/);
      assert.match(text, /1 set: 0 done, 1 open, 1 overdue/);
      assert.deepEqual(
        [...qa.html.matchAll(/data-audit="(\w+)"/g)].map((m) => m[1]),
        ['AUD2', 'AUD1'],
      );
      const tm = await get('tm', '/practice/quality/audits?quarter=2026-27Q1');
      assert.deepEqual(
        [...tm.html.matchAll(/data-audit="(\w+)"/g)].map((m) => m[1]),
        ['AUD1'],
      );
      assert.doesNotMatch(tm.html, /Record an audit/);
      assert.equal((await get('tm', '/practice/quality/audits/new')).status, 403);
    });

    test('the audit form: no CSRF token is refused; bad input shows the error summary and stores nothing; good input redirects', async () => {
      const form = {
        child: 'CA2',
        date: '2026-06-20',
        type: 'random',
        auditor: 'QA',
        grade: 'good',
        'theme-plan': 'good',
      };
      const before = await count('case_audit');
      assert.equal((await post('qa', '/practice/quality/audits', form, false)).status, 403);
      const bad = await post('qa', '/practice/quality/audits', {
        ...form,
        grade: '',
        date: '2026-13-01',
        action1: 'Do it',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.html, /<title>Error: Record a case file audit/);
      const summary = /data-testid="error-summary">([\s\S]*?)<\/ul>/.exec(bad.html)?.[1] ?? '';
      assert.deepEqual(
        [...summary.matchAll(/href="#(\w+)"/g)].map((m) => m[1]),
        ['date', 'grade', 'owner1', 'due1'],
      );
      assert.match(bad.html, /value="Do it"/);
      assert.equal(await count('case_audit'), before);
      const good = await post('qa', '/practice/quality/audits', form);
      assert.equal(good.status, 303);
      assert.equal(good.location, '/practice/quality/audits?quarter=2026-27Q1&recorded=CA-2026-06-20-CA2');
      assert.match(mainText((await get('qa', good.location!)).html), /Audit CA-2026-06-20-CA2 recorded/);
    });

    test('the sample form draws per team from the seed', async () => {
      assert.match(mainText((await get('qa', '/practice/quality/audits/sample')).html), /Draw the sample/);
      const drawn = await post('qa', '/practice/quality/audits/sample', {
        month: '2026-07',
        seed: 's',
        perTeam: '1',
        excludeDays: '0',
      });
      assert.equal(drawn.status, 200);
      assert.equal([...drawn.html.matchAll(/data-drawn="(\w+)"/g)].length, 3);
      const bad = await post('qa', '/practice/quality/audits/sample', {
        month: 'July',
        seed: '',
        perTeam: '1',
        excludeDays: '0',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.html, /href="#month"[\s\S]*href="#seed"/);
    });

    test('health checks: due and overdue, grades over time, the team pack, and the record form', async () => {
      const page = await get('hos', '/practice/quality/health-checks');
      assert.equal(page.status, 200);
      assert.match(mainText(page.html), /Team TA .* overdue \(29 days\)/);
      const pack = await get('tm', '/practice/quality/health-checks/teams/TA');
      assert.equal(pack.status, 200);
      assert.match(mainText(pack.html), /Last checked 1 June 2025 \(Good\); next due 1 June 2026/);
      assert.equal((await get('tm', '/practice/quality/health-checks/teams/TB')).status, 404);
      const before = await count('team_health_check');
      const bad = await post('hos', '/practice/quality/health-checks', { team: 'TA', date: '', grade: 'good' });
      assert.equal(bad.status, 400);
      assert.match(bad.html, /govuk-error-summary[\s\S]*href="#date"/);
      assert.equal(await count('team_health_check'), before);
      const good = await post('hos', '/practice/quality/health-checks', {
        team: 'TA',
        date: '2026-06-29',
        grade: 'good',
      });
      assert.deepEqual(
        [good.status, good.location],
        [303, '/practice/quality/health-checks?recorded=THC-TA-2026-06-29'],
      );
    });

    test('money: the budget per line with its movement, the demand chart with its table and backtest', async () => {
      const budget = await get('hos', '/practice/quality/budget');
      assert.equal(budget.status, 200);
      assert.match(
        mainText(budget.html),
        /the projected outturn is £215,000: an underspend of £485,000 against a budget of £700,000/,
      );
      assert.equal([...budget.html.matchAll(/data-line="/g)].length, 3);
      const demand = await get('analyst', '/practice/quality/demand');
      assert.equal(demand.status, 200);
      assert.match(demand.html, /<svg class="kestrel-chart"[^>]*role="img"/);
      assert.match(mainText(demand.html), /No backtest: no children looked after between/);
    });

    test('improvement plan: evidence links, the add and progress forms with the error summary', async () => {
      const plan = await get('qa', '/practice/quality/improvement');
      assert.equal(plan.status, 200);
      assert.match(plan.html, /href="\/indicators\/cla-reviews-in-time"/);
      assert.doesNotMatch(plan.html, /Add an action/);
      const before = await count('improvement_progress');
      const bad = await post('hos', '/practice/quality/improvement/actions/R1.1/progress', {
        'rag-R1_1': '',
        'asAt-R1_1': '2026-06-30',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.html, /href="#rag-R1_1"/);
      assert.equal(await count('improvement_progress'), before);
      const good = await post('hos', '/practice/quality/improvement/actions/R1.1/progress', {
        'rag-R1_1': 'green',
        'asAt-R1_1': '2026-06-30',
        'note-R1_1': 'On track',
      });
      assert.deepEqual([good.status, good.location], [303, '/practice/quality/improvement#R1.1']);
      const added = await post('hos', '/practice/quality/improvement/actions', {
        id: 'P1',
        kind: 'priority',
        heading: 'Stability',
        action: 'Review moves',
        owner: 'HoS',
        due: '2026-12-31',
        evidence: 'nope',
      });
      assert.equal(added.status, 400);
      assert.match(added.html, /href="#evidence"/);
      assert.equal((await post('analyst', '/practice/quality/improvement/actions', { id: 'P1' })).status, 403);
    });
  });
}
