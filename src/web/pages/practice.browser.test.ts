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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { loadPracticeFixture, ON_DATE } from '../api/practice.fixture.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`Chromium is required in CI but is not at ${CHROMIUM}`);
const SCREENS = process.env.KESTREL_SCREENS ?? join(tmpdir(), 'kestrel-screens');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WCAG 2.2 A and AA violations axe-core finds on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol, so the page's strict CSP (no inline script) still holds for it.
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    (
      globalThis as unknown as {
        axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`), fullPage: true });
    // The first screenful too: a long page's full shot is too tall to read at phone width.
    if (width === 375) await page.screenshot({ path: join(SCREENS, `${name}-${width}-top.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

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
