/**
 * The practice pages in a real Chromium (Debian's /usr/bin/chromium through playwright-core, set up as
 * journey.browser.test.ts): sign in as the performance analyst, open the Practice section from the
 * service navigation and each tool from it (drift, workload with a what-if, proceedings, missing),
 * filter, and follow a child's name to the child's page; then the same with JavaScript disabled (every
 * filter is a GET form). axe-core checks each page for WCAG 2.2 AA violations, and screenshots at 1280
 * and 375 pixels go to KESTREL_SCREENS (default /tmp/kestrel-screens) to look at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { loadPracticeFixture, ON_DATE } from '../api/practice.fixture.ts';
import {
  axeViolations,
  CHROMIUM,
  CHROMIUM_FLAGS as FLAGS,
  CHROMIUM_MISSING as missing,
  SCREENS,
  shoot,
} from './browser.testing.ts';

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('analyst');
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

/** Opens a tool from the Practice section's front page. */
async function openTool(page: Page, base: string, name: string, path: string): Promise<void> {
  await Promise.all([
    page.waitForURL(`${base}/practice`),
    page.getByRole('link', { name: 'Practice', exact: true }).click(),
  ]);
  await Promise.all([page.waitForURL(`${base}${path}`), page.getByRole('link', { name, exact: true }).click()]);
}

async function tour(context: BrowserContext, base: string, scripts: boolean): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  const check = async (name: string) => {
    if (!scripts) return; // axe-core needs scripts
    assert.deepEqual(await axeViolations(page), [], name);
    await shoot(page, `practice-${name}`);
  };
  await signIn(page, base);

  await openTool(page, base, 'Drift', '/practice/drift');
  assert.match((await page.getByTestId('drift-summary').textContent()) ?? '', /\d+ overdue, \d+ due soon/);
  await check('drift');
  await page.getByLabel('Team', { exact: true }).selectOption('TB');
  await Promise.all([page.waitForURL(/team=TB/), page.getByRole('button', { name: 'Show' }).click()]);
  assert.deepEqual(
    [...new Set(await page.getByTestId('drift-items').locator('tbody a').allTextContents())],
    ['Cara Thornbury'],
  );

  await openTool(page, base, 'Workload', '/practice/workload');
  await check('workload');
  await page.getByLabel('Child id', { exact: true }).fill('CA1');
  await page.getByLabel('Move to', { exact: true }).selectOption('WA2');
  await Promise.all([page.waitForURL(/move=CA1/), page.getByRole('button', { name: 'Try the move' }).click()]);
  assert.equal(await page.getByTestId('what-if-result').locator('tbody tr').count(), 2);
  await check('workload-what-if');

  await openTool(page, base, 'Care proceedings and permanence', '/practice/proceedings');
  assert.deepEqual(await page.getByTestId('past-26-weeks').locator('tbody a').allTextContents(), ['Ava Thornbury']);
  await check('proceedings');

  await openTool(page, base, 'Missing and exploitation', '/practice/missing');
  await check('missing');
  await Promise.all([
    page.waitForURL(`${base}/children/CB`),
    page.getByTestId('exploitation-children').getByRole('link', { name: 'Cara Thornbury' }).click(),
  ]);
  assert.equal(await page.locator('h1').textContent(), 'Cara Thornbury');
  assert.deepEqual(problems, [], 'the CSP blocked nothing the pages use');
  await page.close();
}

test('the practice pages, with and without JavaScript, pass axe-core', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 180_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  await loadPracticeFixture(db);
  await signInAs(db, 'analyst'); // sets the password the form signs in with
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  const base = `http://127.0.0.1:${port}`;
  const profiles: string[] = [];
  const launch = (javaScriptEnabled: boolean) => {
    const profile = mkdtempSync(join(tmpdir(), 'kestrel-chromium-'));
    profiles.push(profile);
    return chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      javaScriptEnabled,
      viewport: { width: 1280, height: 900 },
    });
  };
  try {
    for (const scripts of [true, false]) {
      const context = await launch(scripts);
      try {
        await tour(context, base, scripts);
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
    await db.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
});
