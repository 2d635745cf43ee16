/**
 * The quality and money pages in a real Chromium (Debian's /usr/bin/chromium through playwright-core),
 * set up as journey.browser.test.ts: each page visited by a role that reads it, checked by axe-core for
 * WCAG 2.2 AA violations, screenshotted at 1280 and 375 pixels into KESTREL_SCREENS (default
 * /tmp/kestrel-screens); then the forms used with JavaScript disabled (plain posts, error summary).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildCarePeriodWithEpisodes } from '../../records/factories.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { loadQualityFixture, ON_DATE } from './practice-quality.fixture.ts';
import {
  axeViolations,
  CHROMIUM,
  CHROMIUM_FLAGS as FLAGS,
  CHROMIUM_MISSING as missing,
  SCREENS,
  shoot,
} from './browser.testing.ts';

async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

/** Each page as a role that reads it: no axe violation, screenshots at both widths. */
const VISITS: Array<[string, string, string]> = [
  ['qa', '/practice/quality', 'quality-index'],
  ['qa', '/practice/quality/audits?quarter=2026-27Q1', 'audits'],
  ['qa', '/practice/quality/audits/new', 'audit-form'],
  ['qa', '/practice/quality/audits/sample', 'audit-sample'],
  ['hos', '/practice/quality/health-checks', 'health-checks'],
  ['hos', '/practice/quality/health-checks/new', 'health-check-form'],
  ['hos', '/practice/quality/health-checks/teams/TA', 'team-pack'],
  ['hos', '/practice/quality/improvement', 'improvement'],
  ['hos', '/practice/quality/budget', 'budget'],
  ['analyst', '/practice/quality/demand', 'demand'],
];

async function visitAll(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  let who = '';
  for (const [user, path, name] of VISITS) {
    if (user !== who) await signIn(page, base, (who = user));
    const response = await page.goto(`${base}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.deepEqual(await axeViolations(page), [], name);
    await shoot(page, `practice-${name}`);
  }
  // The error summary as a person sees it: an audit sent without a grade.
  await signIn(page, base, 'qa');
  await page.goto(`${base}/practice/quality/audits/new`);
  await page.getByLabel("Child's id").fill('CA2');
  await Promise.all([page.waitForLoadState(), page.getByTestId('record-audit').click()]);
  assert.match((await page.getByTestId('error-summary').textContent()) ?? '', /Choose the overall grade/);
  assert.deepEqual(await axeViolations(page), [], 'audit form with errors');
  await shoot(page, 'practice-audit-form-error');
  assert.deepEqual(problems, [], 'the CSP blocked nothing the pages use');
  await page.close();
}

/** With scripts off: the forms post and answer as plain pages. */
async function formsWithoutScripts(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base, 'qa');
  await page.goto(`${base}/practice/quality/audits/new`);
  await page.getByLabel("Child's id").fill('CA2');
  await page.getByLabel('Overall grade').selectOption('good');
  await page.getByLabel('Voice of the child').selectOption('outstanding');
  await Promise.all([page.waitForURL(/recorded=/), page.getByTestId('record-audit').click()]);
  assert.match((await page.getByTestId('recorded').textContent()) ?? '', /Audit CA-2026-06-30-CA2 recorded/);
  await page.goto(`${base}/practice/quality/audits/sample`);
  await page.getByLabel('Seed').fill('kestrel');
  await Promise.all([page.waitForLoadState(), page.getByTestId('draw-sample').click()]);
  assert.ok((await page.getByTestId('sample').locator('a').count()) > 0);
  await signIn(page, base, 'hos');
  await page.goto(`${base}/practice/quality/improvement`);
  await page.getByText('Report progress on R1.1').click();
  await page.getByLabel('RAG').selectOption('green');
  await Promise.all([
    page.waitForURL(/improvement#R1\.1/),
    page.getByRole('button', { name: 'Report progress' }).click(),
  ]);
  assert.match((await page.locator('[data-action="R1.1"]').textContent()) ?? '', /green/);
  await page.close();
}

test('the quality and money pages pass axe-core, and their forms work without JavaScript', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 180_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  await loadQualityFixture(db);
  // Some children looked after, so the demand chart and its backtest have something to show.
  for (const [child_id, start, type] of [
    ['CA1', '2024-02-10', 'U4'],
    ['CA2', '2024-09-01', 'K2'],
    ['CB', '2025-03-15', 'U1'],
    ['CC', '2025-11-20', 'U4'],
  ] as const)
    await buildCarePeriodWithEpisodes(db, { la_code: '990', child_id, episodes: [{ start, placement_type: type }] });
  for (const who of ['qa', 'hos', 'analyst']) await signInAs(db, who);
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
      await visitAll(withScripts, base);
    } finally {
      await withScripts.close();
    }
    const withoutScripts = await launch(false);
    try {
      await formsWithoutScripts(withoutScripts, base);
    } finally {
      await withoutScripts.close();
    }
  } finally {
    server.close();
    await db.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
});
