/**
 * Single sign-on in a real Chromium: Kestrel's sign-in page, the button to the council's provider (a
 * local oidc-provider), its login and consent forms, and back to Kestrel's home page signed in with the
 * mapped role, under Kestrel's real headers (the CSP must not stop any step) and cookies. Skipped, with
 * the reason, where Chromium is not installed; CI installs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { OidcMapping } from '../../access/oidc.ts';
import { testBackends } from '../../store/testing.ts';
import { buildTeam } from '../../records/factories.ts';
import { createApp } from '../app.ts';
import { loadHomeFixture } from '../home.fixture.ts';
import { startProvider, TEST_CLIENT_SECRET } from './oidc-provider.testing.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`Chromium is required in CI but is not at ${CHROMIUM}`);

test('single sign-on in Chromium', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 90_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  await loadHomeFixture(db);
  await buildTeam(db, { la_code: '990', id: 'TA' });
  let app: ReturnType<typeof createApp> | undefined;
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: (request) => app!.fetch(request), port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
  });
  const kestrel = `http://127.0.0.1:${port}`;
  const provider = await startProvider(`${kestrel}/sign-in/oidc/callback`);
  app = createApp({
    db,
    today: () => '2025-03-31',
    oidc: {
      issuer: provider.issuer,
      clientId: 'kestrel',
      clientSecret: TEST_CLIENT_SECRET,
      redirectUri: `${kestrel}/sign-in/oidc/callback`,
      name: 'Fixture Council',
      mapping: OidcMapping.parse({
        laCode: '990',
        groups: { 'grp-team-a-managers': { role: 'team_manager', teamId: 'TA' } },
      }),
    },
  });
  const profile = mkdtempSync(join(tmpdir(), 'kestrel-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${kestrel}/`);
    await page.getByTestId('sign-in-oidc').click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill('jo.manager');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    // The provider asks for consent the first time.
    await page.waitForURL((url) => url.href.startsWith(kestrel) || /\/interaction\//.test(url.pathname));
    if (page.url().startsWith(provider.issuer)) await page.locator('button[type="submit"]').click();
    await page.waitForURL(`${kestrel}/`);
    assert.equal(await page.getByTestId('signed-in-as').textContent(), 'Jo Manager');
    assert.equal(await page.locator('h1').textContent(), 'Fixture Borough Council');
    assert.deepEqual(
      blocked.filter((text) => text.includes(kestrel) || !text.includes(provider.issuer)),
      [],
    );
  } finally {
    await browser.close();
    server.close();
    provider.server.closeAllConnections();
    provider.server.close();
    await db.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
