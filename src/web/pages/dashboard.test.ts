import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importDefaultFramework } from '../../framework/versions.ts';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

/** Loads the fixture and the default framework, signs the user in, and returns a getter of the dashboard. */
async function dashboardFor(db: Store, username: string) {
  await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  const session = await signInAs(db, username);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  return async (query = '', status = 200): Promise<string> => {
    const response = await app.request(`/${query}`, { headers: { accept: 'text/html', cookie: session.cookie } });
    const html = (await response.text()).replace(/\s+/g, ' ');
    assert.equal(response.status, status, html.slice(0, 2000));
    return html;
  };
}

async function dashboardAs(db: Store, username: string, query = '', status = 200): Promise<string> {
  return (await dashboardFor(db, username))(query, status);
}

const cell = (html: string, testId: string) =>
  new RegExp(`data-testid="${testId}">(.*?)</td>`)
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();

const errors = (html: string) =>
  [
    ...(/data-testid="error-summary">(.*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<a href="#([\w-]+)">(.*?)<\/a>/g),
  ].map((m) => `${m[1]}: ${m[2]}`);

// Referrals in the 12 months to 30 June 2026: R1 (1 May, decided that day), R3 (2 February, decided
// that day) and R2 (1 June, no decision): 2 of 3 decided within a working day, 66.7% against a target of
// 96% with 5 points' tolerance: red.
for (const backend of testBackends()) {
  describe(`the dashboard on ${backend.name}`, () => {
    test("an analyst sees the council's scorecard with RAG tags, direction, a described sparkline and links", async () => {
      const db = await backend.open();
      try {
        const html = await dashboardAs(db, 'analyst');
        assert.match(html, /<h1 class="govuk-heading-xl">[^<]*990[^<]*<\/h1>/);
        assert.equal(cell(html, 'value-referral-decision-1wd'), '66.7%');
        assert.equal(cell(html, 'rag-referral-decision-1wd'), 'red');
        assert.match(html, /class="govuk-tag govuk-tag--red">red</);
        const row = /data-indicator="referral-decision-1wd">(.*?)<\/tr>/.exec(html)?.[1] ?? '';
        assert.match(row, /<svg[^>]*role="img"[^>]*aria-label="Trend: [^"]*30 June 2026 66.7%\."/);
        assert.match(row, /↓ Worsening/);
        assert.match(row, /<a class="govuk-link" href="\/indicators\/referral-decision-1wd">/);
        assert.match(html, /<form method="get" action="\/"[^>]*data-testid="filter"/);
      } finally {
        await db.close();
      }
    });

    test('the period filter counts every period measure over the month, quarter or year to date', async () => {
      const db = await backend.open();
      try {
        const dashboard = await dashboardFor(db, 'analyst');
        // Quarter (April to June) and financial year to date: R1 decided, R2 not: 1 of 2. June: R2 only.
        const quarter = await dashboard('?period=quarter');
        assert.equal(cell(quarter, 'value-referral-decision-1wd'), '50%');
        assert.match(quarter, /measures of a period counted over the quarter to date/);
        assert.match(quarter, /href="\/indicators\/referral-decision-1wd\?period=quarter"/, 'links keep the filter');
        assert.match(quarter, /<option value="quarter" selected="">/);
        const month = await dashboard('?period=month&date-day=30&date-month=6&date-year=2026');
        assert.equal(cell(month, 'value-referral-decision-1wd'), '0%');
        // As at 31 May 2026 over the 12 months: R3 and R1, both decided on the day.
        const may = await dashboard('?date-day=31&date-month=5&date-year=2026');
        assert.equal(cell(may, 'value-referral-decision-1wd'), '100%');
        assert.match(may, /Position on 31 May 2026/);
      } finally {
        await db.close();
      }
    });

    test('a councillor sees the published edition: small numbers as c with the footnote, and no links', async () => {
      const db = await backend.open();
      try {
        const dashboard = await dashboardFor(db, 'councillor');
        const html = await dashboard();
        assert.match(html, /data-testid="suppressed-note"/);
        assert.equal(cell(html, 'value-referral-decision-1wd'), 'c');
        assert.equal(cell(html, 'rag-referral-decision-1wd'), 'c');
        assert.match(html, /data-testid="suppression-footnote">\s*c: suppressed to protect confidentiality/);
        const row = /data-indicator="referral-decision-1wd">(.*?)<\/tr>/.exec(html)?.[1] ?? '';
        assert.doesNotMatch(row, /66\.7|<a /);
        assert.doesNotMatch(html, /href="\/indicators\//, 'no drill-down from any measure');
        assert.doesNotMatch(html, /66\.7%/);
        // The public edition is the council's: no team or locality to choose.
        assert.deepEqual(
          [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]).filter((v) => v?.includes(':')),
          [],
        );
        const team = await dashboard('?level=team:TA', 400);
        assert.deepEqual(errors(team), ['level: Choose a council, locality or team from the list']);
      } finally {
        await db.close();
      }
    });

    test("a team manager's dashboard is their team's scorecard; they may switch to the council", async () => {
      const db = await backend.open();
      try {
        const dashboard = await dashboardFor(db, 'tm');
        const html = await dashboard();
        assert.match(html, /<h1 class="govuk-heading-xl">Team TA<\/h1>/);
        // The three referrals were all TA's children's (COLD was WA1's until May).
        assert.equal(cell(html, 'value-referral-decision-1wd'), '66.7%');
        assert.match(html, /<option value="team:TA" selected="">/);
        const council = await dashboard('?level=council');
        assert.match(council, /<h1 class="govuk-heading-xl">[^<]*990[^<]*<\/h1>/);
        assert.match(council, /href="\/indicators\/referral-decision-1wd\?level=council"/);
      } finally {
        await db.close();
      }
    });

    test('bad filter values answer 400 with the error summary and the form, never a scorecard', async () => {
      const db = await backend.open();
      try {
        const dashboard = await dashboardFor(db, 'analyst');
        const bad = await dashboard('?period=decade&level=team:NOPE&date-day=31&date-month=2&date-year=2026', 400);
        assert.deepEqual(errors(bad), [
          'period: Choose a period from the list',
          'date-day: The date must be a real date',
          'level: Choose a council, locality or team from the list',
        ]);
        assert.match(bad, /<title>Error: Dashboard - Kestrel<\/title>/);
        assert.match(bad, /value="31"/, 'what was typed is shown again');
        assert.doesNotMatch(bad, /data-indicator=/);
        const early = await dashboard('?date-day=1&date-month=2&date-year=2000', 400);
        assert.deepEqual(errors(early), [
          'date-day: No performance framework was in force on 1 February 2000: choose a later date',
        ]);
      } finally {
        await db.close();
      }
    });
  });
}
