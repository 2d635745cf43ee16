/**
 * The administrator's journey in a real Chromium (Debian's /usr/bin/chromium through playwright-core,
 * set up as journey.browser.test.ts is): from the service navigation to Administration, add a user (a
 * refused form first) and read the password shown once, restrict a child to a named user, upload a bad
 * framework file (the error summary lists each problem with its line) and then a good one, and check
 * the audit trail's hash chain; the same with JavaScript disabled (every page is links, GET forms and
 * form posts). axe-core checks each page for WCAG 2.2 AA violations, and screenshots at 1280 and 375
 * pixels go to KESTREL_SCREENS (default /tmp/kestrel-screens) to look at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findUser } from '../../access/users.ts';
import { importDefaultFramework, listFrameworks } from '../../framework/versions.ts';
import type { Db } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { BAD_FRAMEWORK, GOOD_FRAMEWORK } from './admin.fixture.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';
import {
  axeViolations,
  CHROMIUM,
  CHROMIUM_FLAGS as FLAGS,
  CHROMIUM_MISSING as missing,
  SCREENS,
  shoot,
} from './browser.testing.ts';

/** With scripts: axe-core finds nothing, and the page is shot at both widths. */
async function check(page: Page, name: string, scripts: boolean): Promise<void> {
  if (!scripts) return;
  assert.deepEqual(await axeViolations(page), [], name);
  await shoot(page, name);
}

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

async function go(page: Page, url: string | RegExp, click: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForURL(url), click()]);
}

/** The service navigation's entry (admin pages also have a breadcrumb of the same name). */
const adminLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration' });

const errorSummary = (page: Page) => page.getByTestId('error-summary').locator('li').allTextContents();

/** The fields of the add-user form in the order Tab reaches them (a radio group is one stop). */
const ADD_USER_TAB_ORDER = [
  'username',
  'displayName',
  'role',
  'also',
  ...[2, 3, 4, 5, 6, 7].map((n) => `also-${n}`),
  'teamId',
  'workerId',
  'serviceId',
  'signIn',
  'add-user',
];

/** Focuses the field and presses Tab, naming each element focused (its id, or its test id). */
async function tabOrder(page: Page, from: string, steps: number): Promise<string[]> {
  await page.locator(`#${from}`).focus();
  const focused = () =>
    page.evaluate(() => {
      type Focused = { id: string; tagName: string; getAttribute(name: string): string | null };
      const active = (globalThis as unknown as { document: { activeElement: Focused | null } }).document.activeElement;
      return active?.id || active?.getAttribute('data-testid') || active?.tagName || '';
    });
  const order = [await focused()];
  for (let step = 1; step < steps; step++) {
    await page.keyboard.press('Tab');
    order.push(await focused());
  }
  return order;
}

async function addUser(page: Page, base: string, username: string, scripts: boolean): Promise<void> {
  await go(page, `${base}/admin`, () => adminLink(page).click());
  await check(page, 'admin', scripts);
  await go(page, `${base}/admin/users`, () => page.getByRole('link', { name: 'Users and roles' }).click());
  await check(page, 'admin-users', scripts);
  await go(page, `${base}/admin/users/new`, () => page.getByRole('button', { name: 'Add a user' }).click());
  await check(page, 'admin-add-user', scripts);
  if (scripts) assert.deepEqual(await tabOrder(page, 'username', ADD_USER_TAB_ORDER.length), ADD_USER_TAB_ORDER);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Full name').fill('New Worker');
  await page.getByLabel('Role', { exact: true }).selectOption('social_worker');
  await go(page, `${base}/admin/users`, () => page.getByTestId('add-user').click());
  assert.deepEqual(await errorSummary(page), ['A social worker needs a worker (the worker whose children they see)']);
  await check(page, 'admin-add-user-error', scripts);
  await page.getByLabel('Worker record').fill('WA2');
  await page.getByLabel('With a password').check();
  await page.getByTestId('add-user').click();
  await page.getByTestId('password').waitFor();
  assert.match((await page.getByTestId('password').textContent()) ?? '', /^[A-Za-z0-9]{20}$/);
  await check(page, 'admin-user-added', scripts);
  await go(page, `${base}/admin/users/${username}`, () => page.getByRole('link', { name: /account$/ }).click());
  await check(page, 'admin-user', scripts);
}

async function restrict(page: Page, base: string, child: string, scripts: boolean): Promise<void> {
  await go(page, `${base}/admin`, () => adminLink(page).click());
  await go(page, `${base}/admin/restrictions`, () => page.getByRole('link', { name: 'Restricted records' }).click());
  await page.getByLabel('Child id').fill(child);
  await page.getByLabel('High-profile case').check();
  await page.getByLabel('Who may open it').fill('sw');
  await go(page, `${base}/admin/restrictions?done=restricted`, () => page.getByTestId('restrict').click());
  assert.match((await page.locator(`tr[data-child="${child}"]`).textContent()) ?? '', /User sw \(sw\)/);
  await check(page, 'admin-restrictions', scripts);
}

async function upload(page: Page, base: string, scripts: boolean): Promise<void> {
  await go(page, `${base}/admin`, () => adminLink(page).click());
  await go(page, `${base}/admin/framework`, () => page.getByRole('link', { name: 'Performance framework' }).click());
  await check(page, 'admin-framework', scripts);
  const send = async (name: string, text: string) => {
    await page.locator('#file').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Year').fill('2026');
    await page.getByTestId('upload').click();
  };
  await send('bad.yaml', BAD_FRAMEWORK);
  await page.getByTestId('error-summary').waitFor();
  const problems = await errorSummary(page);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^Line 7: sections\[0\]\.indicators\[0\]\.id: unknown indicator id/);
  await check(page, 'admin-framework-error', scripts);
  await send('good.yaml', GOOD_FRAMEWORK);
  await page.getByTestId('notice').waitFor();
  assert.match((await page.getByTestId('shown-version').textContent()) ?? '', /In force now: Test framework/);
}

async function audit(page: Page, base: string, scripts: boolean): Promise<void> {
  await go(page, `${base}/admin`, () => adminLink(page).click());
  await go(page, `${base}/admin/audit`, () => page.getByRole('link', { name: 'Audit trail' }).click());
  await page.getByLabel('Action').selectOption('update');
  await go(page, /\/admin\/audit\?/, () => page.getByTestId('search').click());
  assert.ok((await page.locator('tr[data-action="update"]').count()) >= 2);
  await go(page, /verify=1/, () => page.getByTestId('verify').click());
  assert.match((await page.getByTestId('chain-status').textContent()) ?? '', /intact/);
  await check(page, 'admin-audit', scripts);
}

async function journey(context: BrowserContext, base: string, db: Db, scripts: boolean): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  await signIn(page, base);
  const username = scripts ? 'newsw' : 'newsw2';
  await addUser(page, base, username, scripts);
  assert.equal((await findUser(db, username))?.worker_id, 'WA2');
  await restrict(page, base, scripts ? 'CA1' : 'CA2', scripts);
  const versions = (await listFrameworks(db, '990')).length;
  await upload(page, base, scripts);
  assert.equal((await listFrameworks(db, '990')).length, versions + 1, 'the bad file stored nothing, the good one');
  await audit(page, base, scripts);
  assert.deepEqual(problems, [], 'the CSP blocked nothing the pages use');
  await page.close();
}

test('an administrator adds a user, restricts a child and uploads a framework, with and without JavaScript', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 180_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  await signInAs(db, 'admin'); // sets the password the form signs in with
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
        await journey(context, base, db, scripts);
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
