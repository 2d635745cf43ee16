/**
 * The worker's journey in a real Chromium (Debian's /usr/bin/chromium through playwright-core): sign in
 * as a social worker, open the dashboard and a red measure's page, search for a child by a misspelt name, open the child and
 * read the chronology and the overdue clock, then the caseload; the same with JavaScript disabled
 * (every page is a plain link or GET form). axe-core checks each page for WCAG 2.2 AA violations, and
 * screenshots at 1280 and 375 pixels go to KESTREL_SCREENS (default /tmp/kestrel-screens) to look at.
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
import { importDefaultFramework } from '../../framework/versions.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

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
  await page.getByLabel('User name').fill('sw');
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

async function journey(context: BrowserContext, base: string, screens: boolean): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  await signIn(page, base);
  assert.equal(await page.getByTestId('signed-in-as').textContent(), 'User sw');
  assert.deepEqual(await axeViolations(page), [], 'dashboard');
  if (screens) await shoot(page, 'dashboard');

  // From the red measure on the dashboard to its page: the definition, the trend and the children.
  assert.equal(await page.getByTestId('rag-referral-decision-1wd').textContent(), 'red');
  await Promise.all([
    page.waitForURL(`${base}/indicators/referral-decision-1wd`),
    page.getByRole('link', { name: 'Referral decisions made within 1 working day' }).click(),
  ]);
  assert.equal(await page.getByTestId('current').textContent(), '66.7%');
  assert.deepEqual(await page.getByTestId('children').locator('tbody a').allTextContents(), ['CA1', 'COLD', 'CA1']);
  assert.deepEqual(await axeViolations(page), [], 'indicator');
  if (screens) await shoot(page, 'indicator');

  await Promise.all([
    page.waitForURL(`${base}/children`),
    page.getByRole('link', { name: 'Children', exact: true }).click(),
  ]);
  await page.getByLabel('Name, child id, UPN or date of birth').fill('ava thornbery');
  await Promise.all([page.waitForURL(/\/children\?q=/), page.getByTestId('search').click()]);
  assert.deepEqual(await page.getByTestId('results').locator('tbody a').allTextContents(), ['Ava Thornbury']);
  assert.deepEqual(await axeViolations(page), [], 'search');
  if (screens) await shoot(page, 'search');

  await Promise.all([
    page.waitForURL(`${base}/children/CA1`),
    page.getByRole('link', { name: 'Ava Thornbury' }).click(),
  ]);
  assert.equal(await page.locator('h1').textContent(), 'Ava Thornbury');
  const chronology = await page.getByTestId('chronology').locator('tbody tr td:nth-child(2)').allTextContents();
  assert.deepEqual(chronology, [
    'Allocation started',
    'Assessment started',
    'Referral',
    'Referral decision',
    'Assessment child seen',
    'Referral',
    'Visit',
  ]);
  assert.equal(await page.getByTestId('overdue-count').textContent(), '1 overdue');
  assert.deepEqual(await axeViolations(page), [], 'child');
  if (screens) await shoot(page, 'child');

  await Promise.all([
    page.waitForURL(`${base}/caseload`),
    page.getByRole('link', { name: 'Caseload', exact: true }).click(),
  ]);
  assert.match((await page.getByTestId('caseload-summary').textContent()) ?? '', /1 child; 1 overdue item/);
  assert.deepEqual(await axeViolations(page), [], 'caseload');
  if (screens) await shoot(page, 'caseload');
  assert.deepEqual(problems, [], 'the CSP blocked nothing the pages use');
  await page.close();
}

test('a social worker finds a child and reads the chronology, with and without JavaScript', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 120_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  await signInAs(db, 'sw'); // sets the password the form signs in with
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
    const withScripts = await launch(true);
    try {
      await journey(withScripts, base, true);
    } finally {
      await withScripts.close();
    }
    const withoutScripts = await launch(false);
    try {
      await journeyWithoutScripts(withoutScripts, base);
    } finally {
      await withoutScripts.close();
    }
  } finally {
    server.close();
    await db.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
});

/** The same journey with scripts off (axe-core needs scripts, so it runs only above). */
async function journeyWithoutScripts(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base);
  await Promise.all([
    page.waitForURL(`${base}/children`),
    page.getByRole('link', { name: 'Children', exact: true }).click(),
  ]);
  await page.getByLabel('Name, child id, UPN or date of birth').fill('14/03/2015');
  await Promise.all([page.waitForURL(/\/children\?q=/), page.getByTestId('search').click()]);
  await Promise.all([
    page.waitForURL(`${base}/children/CA1`),
    page.getByRole('link', { name: 'Ava Thornbury' }).click(),
  ]);
  assert.equal(await page.getByTestId('chronology').locator('tbody tr').count(), 7);
  await page.close();
}
