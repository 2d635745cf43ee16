import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importDefaultFramework } from '../../framework/versions.ts';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

async function dashboardAs(db: Store, username: string): Promise<string> {
  await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  const session = await signInAs(db, username);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const response = await app.request('/', { headers: { accept: 'text/html', cookie: session.cookie } });
  assert.equal(response.status, 200);
  return (await response.text()).replace(/\s+/g, ' ');
}

const cell = (html: string, testId: string) =>
  new RegExp(`data-testid="${testId}">(.*?)</td>`)
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();

// Referrals in the 12 months to 30 June 2026: R1 (1 May, decided that day), R3 (2 February, decided
// that day) and R2 (1 June, no decision): 2 of 3 decided within a working day, 66.7% against a target of
// 96% with 5 points' tolerance: red.
for (const backend of testBackends()) {
  describe(`the dashboard on ${backend.name}`, () => {
    test("an analyst sees the council's scorecard with RAG tags, direction and a described sparkline", async () => {
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
      } finally {
        await db.close();
      }
    });

    test('a councillor sees small numbers withheld, with no RAG or direction that would give them away', async () => {
      const db = await backend.open();
      try {
        const html = await dashboardAs(db, 'councillor');
        assert.match(html, /data-testid="suppressed-note"/);
        assert.equal(cell(html, 'value-referral-decision-1wd'), 'Withheld');
        assert.equal(cell(html, 'rag-referral-decision-1wd'), 'No rating');
        const row = /data-indicator="referral-decision-1wd">(.*?)<\/tr>/.exec(html)?.[1] ?? '';
        assert.doesNotMatch(row, /66\.7|Worsening|<svg/);
      } finally {
        await db.close();
      }
    });

    test("a team manager's dashboard is their team's scorecard", async () => {
      const db = await backend.open();
      try {
        const html = await dashboardAs(db, 'tm');
        assert.match(html, /<h1 class="govuk-heading-xl">Team TA<\/h1>/);
        // The three referrals were all TA's children's (COLD was WA1's until May).
        assert.equal(cell(html, 'value-referral-decision-1wd'), '66.7%');
      } finally {
        await db.close();
      }
    });
  });
}
