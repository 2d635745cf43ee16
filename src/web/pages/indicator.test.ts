import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importDefaultFramework } from '../../framework/versions.ts';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

async function indicatorAs(db: Store, username: string, path = '/indicators/referral-decision-1wd') {
  const actors = await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  const session = await signInAs(db, username);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const before = await lastAuditId(db);
  const response = await app.request(path, { headers: { accept: 'text/html', cookie: session.cookie } });
  return { actors, before, status: response.status, html: (await response.text()).replace(/\s+/g, ' ') };
}

const rowCells = (html: string, attr: string, id: string) =>
  [...(new RegExp(`${attr}="${id}">(.*?)</tr>`).exec(html)?.[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, '').trim(),
  );

// Referrals in the 12 months to 30 June 2026, all while the child was held in team TA: R1 (CA1, decided
// the day it came), R3 (COLD, the same) and R2 (CA1, no decision): 2 of 3.
for (const backend of testBackends()) {
  describe(`the indicator page on ${backend.name}`, () => {
    test('an analyst sees the definition, the trend in numbers, the figure by team and the children, audited', async () => {
      const db = await backend.open();
      try {
        const { actors, before, status, html } = await indicatorAs(db, 'analyst');
        assert.equal(status, 200);
        assert.match(html, /data-testid="current">66.7%</);
        assert.match(html, /data-testid="definition">[^<]{20,}</);
        assert.match(html, /<svg class="kestrel-chart"[^>]*role="img"[^>]*aria-label="Trend: [^"]+"/);
        assert.deepEqual(rowCells(html, 'data-team', 'TA'), ['Team TA', '66.7%', '2', '3']);
        const children = [...html.matchAll(/data-child="(\w+)">(.*?)<\/tr>/g)].map((m) => [
          m[1],
          /<td[^>]*>(.*?)<\/td>\s*<td[^>]*>(.*?)<\/td>/.exec(m[2]!)?.[2],
        ]);
        assert.deepEqual(children.sort(), [
          ['CA1', 'Counted (numerator)'],
          ['CA1', 'In the cohort only'],
          ['COLD', 'Counted (numerator)'],
        ]);
        const audit = await auditSince(db, before);
        assert.deepEqual(audit.map((row) => [row.actor, row.action, row.entity, row.child_id]).sort(), [
          [actors.analyst.userId, 'view', 'indicator-drilldown', 'CA1'],
          [actors.analyst.userId, 'view', 'indicator-drilldown', 'COLD'],
        ]);
      } finally {
        await db.close();
      }
    });

    test('a councillor sees the figure withheld, and neither teams nor children', async () => {
      const db = await backend.open();
      try {
        const { before, status, html } = await indicatorAs(db, 'councillor');
        assert.equal(status, 200);
        assert.match(html, /data-testid="current">Withheld</);
        assert.doesNotMatch(html, /data-testid="teams"|data-testid="children"|66\.7/);
        assert.deepEqual(await auditSince(db, before), []);
      } finally {
        await db.close();
      }
    });

    test('an indicator not in the framework is not found', async () => {
      const db = await backend.open();
      try {
        assert.equal((await indicatorAs(db, 'analyst', '/indicators/no-such-measure')).status, 404);
      } finally {
        await db.close();
      }
    });
  });
}
