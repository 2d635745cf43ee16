import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { adminFixture, summaryErrors } from './admin.fixture.ts';

/** The restrictions in force: child and the usernames named, sorted. */
async function restrictions(db: Db): Promise<Array<[string, string]>> {
  const rows = await db.query<{ child_id: string; names: string }>(
    `SELECT r.child_id, coalesce(string_agg(u.username, ',' ORDER BY u.username), '') AS names
       FROM child_restriction r
       LEFT JOIN child_restriction_user ru ON ru.la_code = r.la_code AND ru.child_id = r.child_id
       LEFT JOIN app_user u ON u.la_code = ru.la_code AND u.id = ru.user_id
      WHERE r.la_code = '990' AND r.lifted_at IS NULL GROUP BY r.child_id ORDER BY r.child_id`,
  );
  return rows.map((row) => [row.child_id, row.names]);
}

for (const backend of testBackends()) {
  describe(`restricted records pages on ${backend.name}`, () => {
    test('the list names who may open each restricted child, and each child listed is audited', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const page = await admin.get('/admin/restrictions');
        assert.equal(page.status, 200);
        const row = /data-child="CRES">(.*?)<\/tr>/.exec(page.text)?.[1] ?? '';
        assert.match(row, /A staff member&#39;s relative|A staff member's relative/);
        assert.match(row, /User tm \(tm\)/);
        assert.deepEqual(
          (await auditSince(db, before)).map((a) => [a.actor, a.action, a.entity, a.child_id]),
          [[actors.admin.userId, 'view', 'child_restriction', 'CRES']],
        );
      } finally {
        await db.close();
      }
    });

    test('restricting a child to named users, and lifting a restriction: each happens and is audited', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const made = await admin.post('/admin/restrictions', {
          childId: 'CA1',
          reason: 'high_profile',
          allow: 'sw, tm',
          note: 'press interest',
        });
        assert.equal(made.status, 303);
        assert.equal(made.location, '/admin/restrictions?done=restricted');
        const lifted = await admin.post('/admin/restrictions/CRES/lift');
        assert.equal(lifted.status, 303);
        assert.deepEqual(await restrictions(db), [['CA1', 'sw,tm']]);
        const changes = (await auditSince(db, before)).filter((a) => a.action === 'update');
        assert.deepEqual(
          changes.map((a) => [a.actor, a.entity, a.child_id, a.detail?.change]),
          [
            [actors.admin.userId, 'child_restriction', 'CA1', 'restrict'],
            [actors.admin.userId, 'child_restriction', 'CRES', 'lift'],
          ],
        );
        assert.match((await admin.get('/admin/restrictions?done=restricted')).text, /Record restricted/);
      } finally {
        await db.close();
      }
    });

    test('bad input shows the error summary and changes nothing', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const empty = await admin.post('/admin/restrictions', { childId: '', reason: '', allow: '' });
        assert.equal(empty.status, 400);
        assert.deepEqual(summaryErrors(empty.text), [
          'Enter the child id, up to 20 letters and digits',
          'Select why the record is restricted',
          'Enter the user name of at least one person who may open the record',
        ]);
        const noChild = await admin.post('/admin/restrictions', { childId: 'NOPE', reason: 'other', allow: 'sw' });
        assert.deepEqual(summaryErrors(noChild.text), ['No child NOPE']);
        const noUser = await admin.post('/admin/restrictions', { childId: 'CA1', reason: 'other', allow: 'sw nobody' });
        assert.deepEqual(summaryErrors(noUser.text), ['No user "nobody"']);
        const notRestricted = await admin.post('/admin/restrictions/CA2/lift');
        assert.equal(notRestricted.status, 400);
        assert.deepEqual(summaryErrors(notRestricted.text), ['Child CA2 is not restricted']);
        assert.deepEqual(await restrictions(db), [['CRES', 'tm']]);
        // Only the re-shown list's views are written, no change.
        assert.deepEqual([...new Set((await auditSince(db, before)).map((a) => a.action))], ['view']);
      } finally {
        await db.close();
      }
    });

    test('other roles and a post without the CSRF token are refused; nothing changes', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const qa = await as('qa');
        assert.equal((await qa.get('/admin/restrictions')).status, 403);
        assert.equal((await qa.post('/admin/restrictions/CRES/lift')).status, 403);
        const tm = await as('tm');
        assert.equal(
          (await tm.post('/admin/restrictions', { childId: 'CA1', reason: 'other', allow: 'tm' })).status,
          403,
        );
        const admin = await as('admin');
        const forged = await admin.post(
          '/admin/restrictions',
          { childId: 'CA1', reason: 'other', allow: 'sw' },
          { csrf: false },
        );
        assert.equal(forged.status, 403);
        assert.deepEqual(await restrictions(db), [['CRES', 'tm']]);
      } finally {
        await db.close();
      }
    });
  });
}
