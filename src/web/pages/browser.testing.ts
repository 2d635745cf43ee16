/**
 * For the pages' browser tests: the app served on loopback over the pages fixture, Debian's Chromium
 * through playwright-core (with or without JavaScript), axe-core's WCAG 2.2 A and AA check of a page,
 * signing in through the form, and screenshots at 1280 and 375 pixels into KESTREL_SCREENS (default
 * /tmp/kestrel-screens) to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { importDefaultFramework } from '../../framework/versions.ts';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_MISSING = !existsSync(CHROMIUM);
if (CHROMIUM_MISSING && process.env.CI) throw new Error(`Chromium is required in CI but is not at ${CHROMIUM}`);
export const SCREENS = process.env.KESTREL_SCREENS ?? join(tmpdir(), 'kestrel-screens');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WCAG 2.2 A and AA violations axe-core finds on the page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
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

export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`), fullPage: true });
    // The first screenful too: a long page's full shot is too tall to read at phone width.
    if (width === 375) await page.screenshot({ path: join(SCREENS, `${name}-${width}-top.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Signs in through the form (signing out whoever the browser was signed in as). */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

export interface Served {
  db: Store;
  base: string;
  /** A fresh Chromium profile, with or without JavaScript. */
  launch: (javaScriptEnabled: boolean) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/**
 * The pages fixture and the default framework on an embedded store, `usernames` given the test password,
 * and the app served on a loopback port.
 */
export async function serveFixture(usernames: readonly string[]): Promise<Served> {
  const db = await testBackends()[0]!.open();
  await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  for (const username of usernames) await signInAs(db, username); // sets the password the form signs in with
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  const profiles: string[] = [];
  return {
    db,
    base: `http://127.0.0.1:${port}`,
    launch: (javaScriptEnabled) => {
      const profile = mkdtempSync(join(tmpdir(), 'kestrel-chromium-'));
      profiles.push(profile);
      return chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        javaScriptEnabled,
        viewport: { width: 1280, height: 900 },
      });
    },
    close: async () => {
      server.close();
      await db.close();
      for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
    },
  };
}
