/**
 * The home page in a real Chromium (Debian's /usr/bin/chromium driven by playwright-core): the browser
 * is sent to sign in, signs in through the form (its CSRF token, the session cookie, the strict CSP all
 * real), and the page renders with the GOV.UK stylesheet applied and shows the fixture's numbers. Skipped, with the reason,
 * where Chromium is not installed; CI installs it, and there a missing browser fails the run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { testBackends } from '../store/testing.ts';
import { createApp } from './app.ts';
import { loadHomeFixture } from './home.fixture.ts';
import { addUser, resetPassword } from '../access/users.ts';
import { TEST_PASSWORD } from './testing.ts';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`Chromium is required in CI but is not at ${CHROMIUM}`);

test('home page in Chromium', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 60_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  const app = createApp({ db, today: () => '2025-03-31', oidc: undefined });
  await loadHomeFixture(db);
  await addUser(
    db,
    { laCode: '990', username: 'analyst', displayName: 'Pat Analyst', role: 'performance_analyst' },
    null,
    'test',
  );
  await resetPassword(db, 'analyst', TEST_PASSWORD, 'test');
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
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
    const problems: string[] = [];
    page.on('console', (message) => {
      // A CSP violation is reported here (the fonts the stylesheet names are not served: see layout.tsx).
      if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    assert.match(page.url(), /\/sign-in\?next=%2F$/);
    await page.getByLabel('User name').fill('analyst');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    const response = await Promise.all([
      page.waitForURL(`http://127.0.0.1:${port}/`),
      page.getByTestId('sign-in').click(),
    ]);
    assert.ok(response);
    assert.equal(await page.getByTestId('signed-in-as').textContent(), 'Pat Analyst');
    assert.equal(await page.locator('h1').textContent(), 'Fixture Borough Council');
    assert.equal(await page.getByTestId('cin-at-date').textContent(), '3');
    assert.equal(await page.getByTestId('cla-at-date').textContent(), '1');
    // The GOV.UK stylesheet loaded and applied: the header is black with white text, not unstyled.
    const headerColour = await page.locator('.govuk-header').evaluate((el) => getComputedStyle(el).color);
    assert.equal(headerColour, 'rgb(255, 255, 255)');
    assert.deepEqual(problems, [], 'the CSP blocked nothing the page uses');
    const cookies = await browser.cookies();
    const session = cookies.find((cookie) => cookie.name === 'kestrel-session');
    assert.equal(session?.httpOnly, true);
    assert.equal(session?.sameSite, 'Lax');
    // Signing out ends the session: the home page asks for sign-in again.
    await Promise.all([page.waitForURL(/\/sign-in$/), page.getByRole('button', { name: 'Sign out' }).click()]);
    await page.goto(`http://127.0.0.1:${port}/`);
    assert.match(page.url(), /\/sign-in\?next=%2F$/);
    if (process.env.KESTREL_SCREENSHOT) await page.screenshot({ path: process.env.KESTREL_SCREENSHOT, fullPage: true });
  } finally {
    await browser.close();
    server.close();
    await db.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
