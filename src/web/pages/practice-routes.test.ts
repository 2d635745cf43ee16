import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { loadPracticeFixture, ON_DATE } from '../api/practice.fixture.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';

async function pages(db: Store) {
  await loadPracticeFixture(db);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  return async (username: string) => {
    const session = await signInAs(db, username);
    return async (path: string) => {
      const before = await lastAuditId(db);
      const response = await app.request(path, { headers: { accept: 'text/html', cookie: session.cookie } });
      const text = (await response.text()).replace(/\s+/g, ' ');
      const audit = (await auditSince(db, before)).map((r) => `${r.action} ${r.entity} ${r.child_id ?? ''}`.trim());
      return { status: response.status, text, audit };
    };
  };
}

/** The data-child attributes of one table (by its data-testid), in order. */
function childrenIn(html: string, testid: string): string[] {
  const table = new RegExp(`data-testid="${testid}"([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/data-child="(\w+)"/g)].map((m) => m[1]!);
}

const text = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

for (const backend of testBackends()) {
  describe(`practice pages on ${backend.name}`, () => {
    test('the practice section lists the tools the role uses, in the service navigation', async () => {
      const db = await backend.open();
      try {
        const as = await pages(db);
        const sw = await (await as('sw'))('/practice');
        assert.equal(sw.status, 200);
        assert.match(sw.text, /govuk-service-navigation__link" href="\/practice" aria-current="page"/);
        assert.deepEqual(
          [...sw.text.matchAll(/href="(\/practice\/\w+)"/g)].map((m) => m[1]),
          ['/practice/drift', '/practice/workload', '/practice/proceedings', '/practice/missing'],
        );
        const qa = await (await as('qa'))('/practice');
        assert.ok(!qa.text.includes('/practice/workload'), 'quality assurance does not use workload');
        const admin = await (await as('admin'))('/practice');
        assert.match(text(admin.text), /Your role does not use the practice tools/);
      } finally {
        await db.close();
      }
    });

    test("drift and missing: a social worker's own children by name, linked, cited and audited; never CB", async () => {
      const db = await backend.open();
      try {
        const get = await (await pages(db))('sw');
        const drift = await get('/practice/drift');
        assert.equal(drift.status, 200);
        assert.deepEqual([...new Set(childrenIn(drift.text, 'drift-items'))], ['CA1']);
        assert.match(drift.text, /<a class="govuk-link" href="\/children\/CA1">Ava Thornbury<\/a>/);
        assert.match(text(drift.text), /Decision on a referral .*Working Together/);
        assert.deepEqual(drift.audit, ['view clock-drift CA1']);
        const missing = await get('/practice/missing?period=quarter');
        assert.equal(missing.status, 200);
        assert.deepEqual(childrenIn(missing.text, 'episodes'), ['CA1', 'CA1']);
        assert.deepEqual(childrenIn(missing.text, 'repeat'), ['CA1']);
        assert.deepEqual(childrenIn(missing.text, 'exploitation-children'), ['CA1']);
        assert.match(text(missing.text), /Return interview offered within 72 hours 1 \(33% of returns\)/);
        assert.ok(!missing.text.includes('Cara Thornbury'), 'CB is never named');
        assert.deepEqual(missing.audit, ['view missing-exploitation CA1']);
      } finally {
        await db.close();
      }
    });

    test('workload and proceedings: the team, a what-if that changes nothing, the tracker lists', async () => {
      const db = await backend.open();
      try {
        const as = await pages(db);
        const tm = await as('tm');
        const workload = await tm('/practice/workload?move=CA1&to=WA2');
        assert.equal(workload.status, 200);
        assert.match(text(workload.text), /Moving Ava Thornbury/);
        assert.match(workload.text, /data-testid="what-if-result"/);
        assert.deepEqual(workload.audit, ['view workload CA1']);
        const analyst = await as('analyst');
        const tracker = await analyst('/practice/proceedings?period=fy');
        assert.equal(tracker.status, 200);
        assert.deepEqual(childrenIn(tracker.text, 'past-26-weeks'), ['CA1']);
        assert.deepEqual(childrenIn(tracker.text, 'pre-past-16-weeks'), ['CB']);
        assert.deepEqual(childrenIn(tracker.text, 'pre-past-3-months'), ['CB']);
        assert.match(text(tracker.text), /48 weeks Proceedings ended 1 Weeks in all 48/);
        assert.deepEqual(childrenIn(tracker.text, 'adoption'), ['CC']);
        assert.match(
          text(tracker.text),
          /Ella Whitcombe 3 March 2025 1 May 2025 1 October 2025 - - 484 over overdue due 30 January 2026/,
        );
        const council = await analyst('/practice/workload');
        assert.deepEqual(childrenIn(council.text, 'unallocated'), ['COLD']);
      } finally {
        await db.close();
      }
    });

    test('refusals are pages: 403 for a role without the tool, 400 naming the field for bad input', async () => {
      const db = await backend.open();
      try {
        const as = await pages(db);
        const councillor = await (await as('councillor'))('/practice/drift');
        assert.equal(councillor.status, 403);
        assert.match(councillor.text, /You do not have access to this/);
        const analyst = await as('analyst');
        const bad = await analyst('/practice/missing?at=2026-02-30');
        assert.equal(bad.status, 400);
        assert.match(text(bad.text), /at: expected a date YYYY-MM-DD/);
        assert.deepEqual(bad.audit, []);
        const tm = await as('tm');
        assert.equal((await tm('/practice/drift?team=TB')).status, 403);
      } finally {
        await db.close();
      }
    });
  });
}
