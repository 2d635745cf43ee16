import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listFrameworks } from '../../framework/versions.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { adminFixture, BAD_FRAMEWORK, GOOD_FRAMEWORK, mainText, summaryErrors } from './admin.fixture.ts';

const DATE = { 'effectiveFrom-day': '1', 'effectiveFrom-month': '4', 'effectiveFrom-year': '2026' };

for (const backend of testBackends()) {
  describe(`framework pages on ${backend.name}`, () => {
    test('the version in force, every version, and its measures with targets, bands and polarity', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const page = await (await as('admin')).get('/admin/framework');
        assert.equal(page.status, 200);
        assert.match(page.text, /data-version="1">.*?in force.*?1 April 2000.*?default/);
        assert.match(mainText(page.text), /In force now: Children's social care performance framework/);
        const row = /data-measure="referral-decision-1wd">(.*?)<\/tr>/.exec(page.text)?.[1] ?? '';
        const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').trim());
        assert.match(cells[0]!, /^Referral decisions made within 1 working day/);
        assert.equal(cells[1], 'Year 96%; Q1 96%, Q2 96%, Q3 96%, Q4 96%');
        assert.equal(cells[2], 'Green on or better than the target (96%), Amber within 5% of it, Red beyond');
        assert.equal(cells[3], 'Higher is better');
      } finally {
        await db.close();
      }
    });

    test('a bad file is refused with each problem and its line, nothing stored; a good one becomes the next version, audited', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const bad = await admin.upload('/admin/framework', { name: 'bad.yaml', text: BAD_FRAMEWORK }, DATE);
        assert.equal(bad.status, 400);
        const errors = summaryErrors(bad.text);
        assert.equal(errors.length, 2);
        assert.match(
          errors[0]!,
          /^Line 7: sections\[0\]\.indicators\[0\]\.id: unknown indicator id "no-such-indicator"/,
        );
        assert.match(
          errors[1]!,
          /^Line 9: sections\[0\]\.indicators\[1\]\.target\.year: target 150 is not a percentage/,
        );
        assert.match(bad.text, /<a href="#file">/);
        assert.match(bad.text, /value="2026"/, 'the date comes back as entered');
        assert.equal((await listFrameworks(db, '990')).length, 1);
        assert.deepEqual(await auditSince(db, before), []);

        const noDate = await admin.upload(
          '/admin/framework',
          { name: 'good.yaml', text: GOOD_FRAMEWORK },
          {
            ...DATE,
            'effectiveFrom-day': '31',
            'effectiveFrom-month': '2',
          },
        );
        assert.deepEqual(summaryErrors(noDate.text), [
          'The date it comes into force must be a real date, for example 1 4 2026',
        ]);
        assert.equal((await listFrameworks(db, '990')).length, 1);

        const good = await admin.upload('/admin/framework', { name: 'good.yaml', text: GOOD_FRAMEWORK }, DATE);
        assert.equal(good.status, 303);
        assert.equal(good.location, '/admin/framework?uploaded=2');
        const versions = await listFrameworks(db, '990');
        assert.deepEqual(
          versions.map((v) => [v.version, v.effectiveFrom, v.sourceName, v.importedBy]),
          [
            [1, '2000-04-01', 'default', 'test'],
            [2, '2026-04-01', 'good.yaml', actors.admin.userId],
          ],
        );
        assert.deepEqual(
          (await auditSince(db, before)).map((a) => [a.actor, a.action, a.entity]),
          [[actors.admin.userId, 'import', 'framework_version']],
        );
        const after = await admin.get('/admin/framework?uploaded=2');
        assert.match(mainText(after.text), /Version 2 stored\. .*In force now: Test framework/);
        assert.match(mainText((await admin.get('/admin/framework?version=1')).text), /Version 1: Children's/);
        assert.equal((await admin.get('/admin/framework?version=9')).status, 404);
      } finally {
        await db.close();
      }
    });

    test('a version is exported as imported, audited', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        await admin.upload('/admin/framework', { name: 'good.yaml', text: GOOD_FRAMEWORK }, DATE);
        const before = await lastAuditId(db);
        const response = await admin.get('/admin/framework/versions/2/export');
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-disposition'), 'attachment; filename="framework-v2.yaml"');
        assert.equal(response.text, GOOD_FRAMEWORK.replace(/\s+/g, ' '));
        assert.deepEqual(
          (await auditSince(db, before)).map((a) => [a.actor, a.action, a.entity, a.detail?.version]),
          [[actors.admin.userId, 'export', 'framework_version', 2]],
        );
        assert.equal((await admin.get('/admin/framework/versions/7/export')).status, 404);
      } finally {
        await db.close();
      }
    });

    test('other roles and an upload without the CSRF token are refused; nothing stored', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const analyst = await as('analyst');
        assert.equal((await analyst.get('/admin/framework')).status, 403);
        assert.equal((await analyst.get('/admin/framework/versions/1/export')).status, 403);
        assert.equal(
          (await analyst.upload('/admin/framework', { name: 'good.yaml', text: GOOD_FRAMEWORK }, DATE)).status,
          403,
        );
        const admin = await as('admin');
        const forged = await admin.upload('/admin/framework', { name: 'good.yaml', text: GOOD_FRAMEWORK }, DATE, {
          csrf: false,
        });
        assert.equal(forged.status, 403);
        assert.equal((await listFrameworks(db, '990')).length, 1);
      } finally {
        await db.close();
      }
    });
  });
}
