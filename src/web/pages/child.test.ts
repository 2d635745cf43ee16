import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

const HTML = { accept: 'text/html' };

async function open(db: Store, username: string) {
  const actors = await loadPagesFixture(db);
  const session = await signInAs(db, username);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const get = (path: string) => app.request(path, { headers: { ...HTML, cookie: session.cookie } });
  return { actors, get };
}

/** The text of the table with the test id, one array of cell texts per body row. */
function rows(html: string, testId: string): string[][] {
  const table = new RegExp(`<table[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const body = /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
      cell[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

for (const backend of testBackends()) {
  describe(`the child page on ${backend.name}`, () => {
    test("a social worker sees their child's chronology, running clocks and allocations; the view is audited", async () => {
      const db = await backend.open();
      try {
        const { actors, get } = await open(db, 'sw');
        const before = await lastAuditId(db);
        const response = await get('/children/CA1');
        assert.equal(response.status, 200);
        const html = await response.text();
        assert.match(html, /<h1 class="govuk-heading-xl">Ava Thornbury<\/h1>/);
        assert.deepEqual(rows(html, 'chronology'), [
          ['1 January 2026', 'Allocation started', rows(html, 'chronology')[0]![2]!],
          ['1 May 2026', 'Assessment started', 'AS1'],
          ['1 May 2026', 'Referral', 'R1'],
          ['1 May 2026', 'Referral decision', 'R1'],
          ['5 May 2026', 'Assessment child seen', 'AS1'],
          ['1 June 2026', 'Referral', 'R2'],
          ['1 June 2026', 'Visit', 'V1'],
        ]);
        // 45 working days from 1 May 2026 (day 0), skipping the 4 and 25 May bank holidays: 18 in May,
        // 22 in June, then 1, 2, 3, 6 and 7 July. On 30 June that is within the 10-day warning.
        const assessment = rows(html, 'clocks').find((row) => row[0]!.startsWith('Assessment authorised'));
        assert.deepEqual(assessment?.slice(1), ['1 May 2026', '7 July 2026', 'due soon']);
        // R2 (1 June, undecided) was due a decision the next working day; on 30 June it is 28 days over.
        assert.deepEqual(rows(html, 'clocks')[0]?.slice(1), ['1 June 2026', '2 June 2026', 'overdue 28 days over']);
        assert.match(html, /data-testid="overdue-count">1 overdue</);
        assert.deepEqual(rows(html, 'allocations')[0]?.slice(3), ['1 January 2026 to now']);
        assert.match(html, /data-testid="siblings">\s*No siblings you may see/);
        assert.match(html, /aria-current="page"[^>]*>\s*<strong[^>]*>Children</);
        const audit = await auditSince(db, before);
        assert.deepEqual(
          audit.map((row) => [row.actor, row.action, row.child_id, row.detail?.via]),
          [[actors.sw.userId, 'view', 'CA1', 'GET /children/:id']],
        );
      } finally {
        await db.close();
      }
    });

    test('a child outside the scope, and one that does not exist, answer the same 404; the refusal is audited', async () => {
      const db = await backend.open();
      try {
        const { actors, get } = await open(db, 'sw');
        const before = await lastAuditId(db);
        const outside = await get('/children/CB');
        const absent = await get('/children/NOSUCHCHILD');
        assert.equal(outside.status, 404);
        assert.equal(absent.status, 404);
        const [outsideHtml, absentHtml] = [await outside.text(), await absent.text()];
        assert.doesNotMatch(outsideHtml, /Cara|Thornbury/);
        assert.equal(outsideHtml, absentHtml);
        const audit = await auditSince(db, before);
        assert.deepEqual(
          audit.map((row) => [row.actor, row.action, row.child_id]),
          [
            [actors.sw.userId, 'denied', 'CB'],
            [actors.sw.userId, 'denied', 'NOSUCHCHILD'],
          ],
        );
        assert.equal((await get('/children/not%20an%20id')).status, 404);
        assert.equal((await auditSince(db, before)).length, 2, 'an impossible id never reaches the store');
      } finally {
        await db.close();
      }
    });

    test("a team manager sees the siblings in their team's scope and not those outside it", async () => {
      const db = await backend.open();
      try {
        const { get } = await open(db, 'tm');
        const html = await (await get('/children/CA1')).text();
        const siblings = /data-testid="siblings">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
        assert.match(siblings, /href="\/children\/CA2">Ben Thornbury</);
        assert.doesNotMatch(siblings, /CB|Cara/);
      } finally {
        await db.close();
      }
    });
  });
}
