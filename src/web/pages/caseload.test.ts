import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

async function pages(db: Store) {
  const actors = await loadPagesFixture(db);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const as = async (username: string) => {
    const session = await signInAs(db, username);
    return async (path: string) => {
      const response = await app.request(path, { headers: { accept: 'text/html', cookie: session.cookie } });
      return { status: response.status, text: (await response.text()).replace(/\s+/g, ' ') };
    };
  };
  return { actors, as };
}

/** The visible text of the main element, tags dropped. */
const mainText = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

for (const backend of testBackends()) {
  describe(`caseloads on ${backend.name}`, () => {
    test("a social worker's caseload: their one visible child, next due and overdue; each child shown is audited", async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await pages(db);
        const get = await as('sw');
        const before = await lastAuditId(db);
        const { status, text } = await get('/caseload');
        assert.equal(status, 200);
        // WA1 holds CA1 and CRES now; CRES is restricted to the team manager, so only CA1 is listed.
        assert.deepEqual(
          [...text.matchAll(/data-child="(\w+)"/g)].map((m) => m[1]),
          ['CA1'],
        );
        assert.match(mainText(text), /1 child; 1 overdue item\./);
        assert.match(mainText(text), /Assessment authorised, 7 July 2026 due soon/);
        assert.match(mainText(text), /overdue Decision on a referral, due 2 June 2026 \(28 days\)/);
        const audit = await auditSince(db, before);
        assert.deepEqual(
          audit.map((row) => [row.actor, row.action, row.entity, row.child_id]),
          [[actors.sw.userId, 'view', 'caseload', 'CA1']],
        );
      } finally {
        await db.close();
      }
    });

    test("a team page: each worker's children, points and overdue items, and the unallocated case in scope", async () => {
      const db = await backend.open();
      try {
        const { as } = await pages(db);
        const get = await as('tm');
        const { status, text } = await get('/teams/TA');
        assert.equal(status, 200);
        const workers = /data-testid="workers">([\s\S]*?)<\/table>/.exec(text)?.[1] ?? '';
        const cells = (id: string) =>
          [
            ...(new RegExp(`data-worker="${id}">(.*?)</tr>`).exec(workers)?.[1] ?? '').matchAll(
              /<td[^>]*>(.*?)<\/td>/g,
            ),
          ].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
        // WA1 holds CA1 and CRES, one overdue clock (CA1's undecided referral); WA2 holds CA2, none overdue.
        assert.deepEqual([cells('WA1')[1], cells('WA1')[4]], ['2', '1']);
        assert.deepEqual([cells('WA2')[1], cells('WA2')[4]], ['1', '0']);
        assert.match(mainText(text), /Dylan Marsh open CIN episode 2 May 2026 59/);
      } finally {
        await db.close();
      }
    });

    test("a team page is not found for a social worker; another team's for its manager", async () => {
      const db = await backend.open();
      try {
        const { as } = await pages(db);
        assert.equal((await (await as('sw'))('/teams/TA')).status, 404);
        const tm = await as('tm');
        assert.equal((await tm('/teams/TB')).status, 404);
        assert.equal((await tm('/teams/NOSUCH')).status, 404);
        assert.match(mainText((await tm('/caseload')).text), /You hold no caseload/);
      } finally {
        await db.close();
      }
    });
  });
}
