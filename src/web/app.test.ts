import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../store/testing.ts';
import { createApp } from './app.ts';
import { loadHomeFixture } from './home.fixture.ts';

for (const backend of testBackends()) {
  describe(`web shell on ${backend.name}`, () => {
    test("/healthz answers ok with the store's state", async () => {
      const db = await backend.open();
      try {
        const response = await createApp({ db }).request('/healthz');
        assert.equal(response.status, 200);
        assert.deepEqual(await response.json(), { status: 'ok', store: { state: 'ready', running: 0, waiting: 0 } });
      } finally {
        await db.close();
      }
    });

    test('the home page shows the hand-counted headline numbers', async () => {
      const db = await backend.open();
      try {
        await loadHomeFixture(db);
        const response = await createApp({ db, today: () => '2025-03-31' }).request('/');
        assert.equal(response.status, 200);
        const html = await response.text();
        assert.match(html, /<h1 class="govuk-heading-xl">Fixture Borough Council<\/h1>/);
        const figure = (id: string) => new RegExp(`data-testid="${id}">([^<]*)<`).exec(html)?.[1];
        assert.equal(figure('cin-at-date'), '3');
        assert.equal(figure('cpp-at-date'), '1');
        assert.equal(figure('cla-at-date'), '1');
        assert.equal(figure('care-leavers'), '1');
        // 6 children + 4 referrals + 2 CP plans + 2 care periods + 2 episodes (placements are not counted)
        assert.match(html, /data-testid="records-total">16 records for council 990/);
      } finally {
        await db.close();
      }
    });

    test('an empty store says so instead of failing', async () => {
      const db = await backend.open();
      try {
        const html = await (await createApp({ db }).request('/')).text();
        assert.match(html, /No council loaded/);
      } finally {
        await db.close();
      }
    });

    test('assets are served, and paths outside them are not', async () => {
      const db = await backend.open();
      try {
        const app = createApp({ db });
        const css = await app.request('/assets/govuk-frontend.min.css');
        assert.equal(css.status, 200);
        assert.match(css.headers.get('content-type') ?? '', /text\/css/);
        assert.equal((await app.request('/assets/../package.json')).status, 404);
        assert.equal((await app.request('/assets/fonts/bold-b542beb274-v2.woff2')).status, 404);
      } finally {
        await db.close();
      }
    });
  });
}
