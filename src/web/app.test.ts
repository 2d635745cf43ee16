import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addUser } from '../access/users.ts';
import { testBackends } from '../store/testing.ts';
import type { Db } from '../store/db.ts';
import { createApp } from './app.ts';
import { loadHomeFixture } from './home.fixture.ts';
import { signInAs } from './testing.ts';

/** The home fixture's council with one user of the role, signed in. */
async function homeAs(db: Db, role: 'performance_analyst' | 'councillor' | 'administrator') {
  await loadHomeFixture(db);
  await addUser(db, { laCode: '990', username: 'viewer', displayName: 'Pat Viewer', role }, null, 'test');
  return { cookie: (await signInAs(db, 'viewer')).cookie };
}

const figure = (html: string, id: string) => new RegExp(`data-testid="${id}">([^<]*)<`).exec(html)?.[1];

for (const backend of testBackends()) {
  describe(`web shell on ${backend.name}`, () => {
    test("/healthz answers ok with the store's state, without signing in", async () => {
      const db = await backend.open();
      try {
        const response = await createApp({ db, oidc: undefined }).request('/healthz');
        assert.equal(response.status, 200);
        assert.deepEqual(await response.json(), { status: 'ok', store: { state: 'ready', running: 0, waiting: 0 } });
      } finally {
        await db.close();
      }
    });

    test('the home page shows the hand-counted headline numbers to a signed-in analyst', async () => {
      const db = await backend.open();
      try {
        const headers = await homeAs(db, 'performance_analyst');
        const response = await createApp({ db, today: () => '2025-03-31', oidc: undefined }).request('/', { headers });
        assert.equal(response.status, 200);
        const html = await response.text();
        assert.match(html, /<h1 class="govuk-heading-xl">Fixture Borough Council<\/h1>/);
        assert.equal(figure(html, 'cin-at-date'), '3');
        assert.equal(figure(html, 'cpp-at-date'), '1');
        assert.equal(figure(html, 'cla-at-date'), '1');
        assert.equal(figure(html, 'care-leavers'), '1');
        // 6 children + 4 referrals + 2 CP plans + 2 care periods + 2 episodes (placements are not counted)
        assert.match(html, /data-testid="records-total">16 records for council 990/);
        assert.match(html, /data-testid="signed-in-as">Pat Viewer</);
      } finally {
        await db.close();
      }
    });

    test('a councillor sees small numbers withheld; an administrator sees no figures', async () => {
      for (const role of ['councillor', 'administrator'] as const) {
        const db = await backend.open();
        try {
          const headers = await homeAs(db, role);
          const html = await (
            await createApp({ db, today: () => '2025-03-31', oidc: undefined }).request('/', { headers })
          ).text();
          assert.equal(figure(html, 'cin-at-date'), '-', role); // 3 children: fewer than 6, withheld
          assert.equal(figure(html, 'cla-at-date'), '-', role);
        } finally {
          await db.close();
        }
      }
    });

    test('without a session the home page sends the browser to sign in', async () => {
      const db = await backend.open();
      try {
        await loadHomeFixture(db);
        const response = await createApp({ db, oidc: undefined }).request('/');
        assert.equal(response.status, 303);
        assert.equal(response.headers.get('location'), '/sign-in?next=%2F');
      } finally {
        await db.close();
      }
    });

    test('assets are served without signing in, and paths outside them are not', async () => {
      const db = await backend.open();
      try {
        const app = createApp({ db, oidc: undefined });
        const css = await app.request('/assets/govuk-frontend.min.css');
        assert.equal(css.status, 200);
        assert.match(css.headers.get('content-type') ?? '', /text\/css/);
        assert.equal((await app.request('/assets/kestrel.css')).status, 200);
        // The URL normalises to /package.json, which is no asset: the browser is sent to sign in.
        assert.equal((await app.request('/assets/../package.json')).status, 303);
        assert.equal((await app.request('/assets/images/..%2f..%2f..%2fpackage.json')).status, 404);
        assert.equal((await app.request('/assets/fonts/bold-b542beb274-v2.woff2')).status, 404);
      } finally {
        await db.close();
      }
    });
  });
}
