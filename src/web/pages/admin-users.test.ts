import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signIn } from '../../access/sessions.ts';
import { findUser } from '../../access/users.ts';
import { testBackends } from '../../store/testing.ts';
import { auditSince, lastAuditId } from '../testing.ts';
import { adminFixture, mainText, summaryErrors } from './admin.fixture.ts';

const password = (html: string) => /data-testid="password">\s*([A-Za-z0-9]+)\s*</.exec(html)?.[1];

for (const backend of testBackends()) {
  describe(`users and roles pages on ${backend.name}`, () => {
    test('an administrator lists the accounts (audited) and sees Administration in the menu; a social worker does not', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const list = await admin.get('/admin/users');
        assert.equal(list.status, 200);
        const names = [...list.text.matchAll(/data-user="([\w.@-]+)"/g)].map((m) => m[1]);
        assert.deepEqual(names, ['admin', 'admintm', 'analyst', 'councillor', 'hos', 'qa', 'sw', 'tm']);
        const row = (name: string) =>
          (new RegExp(`data-user="${name}">(.*?)</tr>`).exec(list.text)?.[1] ?? '').replace(/<[^>]+>/g, '|');
        const cells = (name: string) =>
          row(name)
            .split('|')
            .map((cell) => cell.trim())
            .filter(Boolean);
        assert.deepEqual(cells('tm'), ['User tm', 'tm', 'Team manager', 'team TA', 'active', 'Never']);
        assert.deepEqual(cells('admintm').slice(2, 4), ['Administrator, Team manager', 'team TA']);
        assert.notEqual(cells('admin')[5], 'Never', 'the administrator has signed in');
        assert.match(list.text, /href="\/admin"[^>]*>\s*(<strong[^>]*>)?Administration/);
        const audit = await auditSince(db, before);
        assert.deepEqual(
          audit.map((row) => [row.actor, row.action, row.entity]),
          [[actors.admin.userId, 'view', 'app_user']],
        );
        const sw = await as('sw');
        assert.doesNotMatch((await sw.get('/children')).text, /href="\/admin"/);
      } finally {
        await db.close();
      }
    });

    test('adding a user shows the generated password once, stores the account and audits it', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const added = await admin.post('/admin/users', {
          username: 'newtm',
          displayName: 'New Manager',
          role: 'team_manager',
          teamId: 'TA',
          signIn: 'password',
        });
        assert.equal(added.status, 200);
        assert.match(mainText(added.text), /User added New Manager \(newtm\)/);
        const generated = password(added.text);
        assert.ok(generated && generated.length === 20);
        const user = await findUser(db, 'newtm');
        assert.equal(user?.role, 'team_manager');
        assert.equal(user?.team_id, 'TA');
        assert.equal((await signIn(db, { username: 'newtm', password: generated })).ok, true);
        const audit = await auditSince(db, before);
        assert.deepEqual(audit[0] && [audit[0].actor, audit[0].action, audit[0].entity], [
          actors.admin.userId,
          'create',
          'app_user',
        ]);
        // The account page never shows it again.
        assert.equal(password((await admin.get('/admin/users/newtm')).text), undefined);
      } finally {
        await db.close();
      }
    });

    test('a refused account form shows the error summary beside the fields and changes nothing', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const noTeam = await admin.post('/admin/users', {
          username: 'newtm',
          displayName: 'New Manager',
          role: 'team_manager',
          signIn: 'password',
        });
        assert.equal(noTeam.status, 400);
        assert.match(noTeam.text, /<title>Error: Add a user - Kestrel<\/title>/);
        assert.deepEqual(summaryErrors(noTeam.text), [
          'A team manager needs a team (the team whose children they see)',
        ]);
        assert.match(noTeam.text, /<a href="#teamId">/);
        assert.match(noTeam.text, /id="teamId-error"/);
        assert.match(noTeam.text, /value="New Manager"/, 'the form comes back as it was filled in');
        const blank = await admin.post('/admin/users', { username: 'Bad Name!', displayName: '', signIn: '' });
        assert.equal(blank.status, 400);
        assert.deepEqual(summaryErrors(blank.text), [
          'Enter the name shown for them',
          'Select a role',
          'Select how they sign in',
        ]);
        const taken = await admin.post('/admin/users', {
          username: 'sw',
          displayName: 'Again',
          role: 'councillor',
          signIn: 'identity-provider',
        });
        assert.deepEqual(summaryErrors(taken.text), ['Username "sw" is taken']);
        assert.equal(await findUser(db, 'newtm'), undefined);
        assert.deepEqual(await auditSince(db, before), []);
      } finally {
        await db.close();
      }
    });

    test('changing a role, resetting a password and disabling: each happens and is audited', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const admin = await as('admin');
        const before = await lastAuditId(db);
        const changed = await admin.post('/admin/users/sw/role', {
          role: 'team_manager',
          also: ['social_worker'],
          teamId: 'TB',
          workerId: 'WA1',
        });
        assert.equal(changed.status, 303);
        assert.equal(changed.location, '/admin/users/sw?done=role');
        const sw = await findUser(db, 'sw');
        assert.deepEqual([sw?.role, sw?.additional_roles, sw?.team_id], ['team_manager', ['social_worker'], 'TB']);
        assert.match((await admin.get('/admin/users/sw?done=role')).text, /Role changed/);

        const reset = await admin.post('/admin/users/tm/reset-password');
        assert.equal(reset.status, 200);
        const generated = password(reset.text);
        assert.ok(generated);
        assert.equal((await signIn(db, { username: 'tm', password: generated })).ok, true);

        const disabled = await admin.post('/admin/users/qa/disable');
        assert.equal(disabled.status, 303);
        assert.equal((await findUser(db, 'qa'))?.active, false);

        const changes = (await auditSince(db, before)).filter((row) => row.action === 'update');
        assert.deepEqual(
          changes.map((row) => [row.actor, row.entity, row.detail?.change]),
          [
            [actors.admin.userId, 'app_user', 'set_role'],
            [actors.admin.userId, 'app_user', 'reset_password'],
            [actors.admin.userId, 'app_user', 'disable'],
          ],
        );
      } finally {
        await db.close();
      }
    });

    test('without the CSRF token a change is refused and nothing changes', async () => {
      const db = await backend.open();
      try {
        const { as } = await adminFixture(db);
        const admin = await as('admin');
        const refused = await admin.post('/admin/users/sw/role', { role: 'administrator' }, { csrf: false });
        assert.equal(refused.status, 403);
        assert.match(mainText(refused.text), /The form has expired or did not come from this site/);
        const add = await admin.post(
          '/admin/users',
          { username: 'x1', displayName: 'X', role: 'councillor', signIn: 'identity-provider' },
          { csrf: false },
        );
        assert.equal(add.status, 403);
        assert.equal((await findUser(db, 'sw'))?.role, 'social_worker');
        assert.equal(await findUser(db, 'x1'), undefined);
      } finally {
        await db.close();
      }
    });

    test('other roles are refused as every page refuses (audited); a team manager cannot promote themselves', async () => {
      const db = await backend.open();
      try {
        const { actors, as } = await adminFixture(db);
        const analyst = await as('analyst');
        const page = await analyst.get('/admin/users');
        assert.equal(page.status, 403);
        assert.match(mainText(page.text), /You do not have access to this Your role does not allow this\./);
        assert.equal((await analyst.get('/admin')).status, 403);
        const tm = await as('tm');
        const before = await lastAuditId(db);
        const promote = await tm.post('/admin/users/tm/role', { role: 'administrator', teamId: 'TA' });
        assert.equal(promote.status, 403);
        assert.equal((await findUser(db, 'tm'))?.role, 'team_manager');
        assert.deepEqual(
          (await auditSince(db, before)).map((row) => [row.actor, row.action, row.detail?.action]),
          [[actors.tm.userId, 'denied', 'manage-users']],
        );
        // An administrator who also manages a team cannot change their own role or disable themselves either.
        const admintm = await as('admintm');
        const own = await admintm.post('/admin/users/admintm/role', { role: 'administrator' });
        assert.equal(own.status, 400);
        assert.deepEqual(summaryErrors(own.text), ['You cannot change your own role: ask another administrator']);
        assert.equal((await admintm.post('/admin/users/admintm/disable')).status, 400);
        assert.deepEqual((await findUser(db, 'admintm'))?.additional_roles, ['team_manager']);
        assert.equal((await findUser(db, 'admintm'))?.active, true);
        // Another council's account is not found.
        assert.equal((await admintm.get('/admin/users/neighbour')).status, 404);
      } finally {
        await db.close();
      }
    });
  });
}
