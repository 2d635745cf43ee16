import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recordAudits } from '../../access/audit.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { adminFixture, mainText, summaryErrors } from './admin.fixture.ts';

const rowsShown = (html: string) => [...html.matchAll(/data-action="(\w+)"/g)].length;

for (const backend of testBackends()) {
  describe(`audit trail page on ${backend.name}`, () => {
    test('a search by user, child, action and dates, a page at a time, is itself audited', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        // 60 views of CA1 by the social worker in June, and one in May.
        await recordAudits(db, [
          ...Array.from({ length: 60 }, (_, i) => ({
            laCode: '990',
            actor: actors.sw.userId,
            action: 'view' as const,
            entity: 'child',
            childId: 'CA1',
            at: new Date(Date.UTC(2026, 5, 1 + (i % 29), 9, i)),
          })),
          {
            laCode: '990',
            actor: actors.sw.userId,
            action: 'view' as const,
            entity: 'child',
            childId: 'CA1',
            at: new Date('2026-05-15T09:00:00Z'),
          },
        ]);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const filter = 'user=sw&child=CA1&action=view&from=2026-06-01&to=2026-06-30';
        const first = await admin.get(`/admin/audit?${filter}`);
        assert.equal(first.status, 200);
        assert.equal(rowsShown(first.text), 50);
        assert.match(first.text, /class="govuk-pagination"/);
        assert.match(
          first.text,
          /href="\/admin\/audit\?user=sw&amp;child=CA1&amp;action=view&amp;from=2026-06-01&amp;to=2026-06-30&amp;page=2" rel="next"/,
        );
        const second = await admin.get(`/admin/audit?${filter}&page=2`);
        assert.equal(rowsShown(second.text), 10);
        assert.match(second.text, /rel="prev"/);
        assert.doesNotMatch(second.text, /rel="next"/);
        assert.match(mainText(second.text), /sw view child CA1/);
        const searches = await auditSince(db, before);
        assert.deepEqual(
          searches.map((a) => [a.actor, a.action, a.entity, a.child_id, a.detail?.page, a.detail?.rows]),
          [
            [actors.admin.userId, 'view', 'audit_log', 'CA1', 1, 50],
            [actors.admin.userId, 'view', 'audit_log', 'CA1', 2, 10],
          ],
        );
        assert.equal(rowsShown((await admin.get('/admin/audit?user=nobody')).text), 0);
      } finally {
        await db.close();
      }
    });

    test('the hash chain is verified on request: intact, then tampered with', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const admin = await as('admin');
        assert.match((await admin.get('/admin/audit')).text, /data-testid="verify"/);
        const intact = await admin.get('/admin/audit?verify=1');
        assert.match(mainText(intact.text), /intact [\d,]+ rows checked; no row edited or deleted/);
        // Edit a row as a superuser could: with triggers (the append-only guard among them) switched off.
        await db.transaction(async (tx) => {
          await tx.query('SET LOCAL session_replication_role = replica');
          await tx.query("UPDATE audit_log SET actor = 'someone else' WHERE chain_seq = 2");
        });
        const tampered = await admin.get('/admin/audit?verify=1');
        assert.match(mainText(tampered.text), /tampered 1 problem in/);
        assert.match(mainText(tampered.text), /was changed after it was written/);
      } finally {
        await db.close();
      }
    });

    test('bad filters show the error summary; QA officers may search, analysts may not', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const admin = await as('admin');
        const bad = await admin.get('/admin/audit?from=2026-02-30&to=yesterday&action=peek');
        assert.equal(bad.status, 400);
        assert.deepEqual(summaryErrors(bad.text), [
          'Select an action from the list',
          'From must be a real date written as YYYY-MM-DD, for example 2026-06-30',
          'To must be a real date written as YYYY-MM-DD, for example 2026-06-30',
        ]);
        const backwards = await admin.get('/admin/audit?from=2026-06-30&to=2026-06-01');
        assert.deepEqual(summaryErrors(backwards.text), ['To must be the same as or after From']);
        const qa = await as('qa');
        const page = await qa.get('/admin/audit');
        assert.equal(page.status, 200);
        // The QA officer's menu leads only to the audit trail.
        assert.deepEqual(
          [...(await qa.get('/admin')).text.matchAll(/<a class="govuk-link" href="(\/admin\/\w+)"/g)].map((m) => m[1]),
          ['/admin/audit'],
        );
        assert.equal((await (await as('analyst')).get('/admin/audit')).status, 403);
      } finally {
        await db.close();
      }
    });
  });
}
