/**
 * The analyst's returns journey in a real Chromium (Debian's /usr/bin/chromium through playwright-core):
 * sign in, check and import a clean CIN census, check the same census with an error, follow the
 * finding's link to the child's page, import it accepting errors and read the import's page (the row
 * left out, named), the history and the download page; then the same with JavaScript disabled (the
 * import refused until the box is ticked). axe-core checks each returns page for WCAG 2.2 AA violations;
 * screenshots at 1280 and 375 pixels go to KESTREL_SCREENS (default /tmp/kestrel-screens).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildAccessCouncil, ON_DATE } from '../../access/fixtures/access-council.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { buildReturnFiles, CHILD_WITH_ERROR, type ReturnFiles } from './returns.fixture.ts';
import {
  axeViolations,
  CHROMIUM,
  CHROMIUM_FLAGS as FLAGS,
  CHROMIUM_MISSING as missing,
  SCREENS,
  shoot,
} from './browser.testing.ts';

/** Checks the page with axe-core and saves its screenshots (scripts on). */
async function look(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], name);
  await shoot(page, name);
}

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('analyst');
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

/** Fills the upload form with one CIN census file and submits it; lands on the findings page. */
async function uploadCensus(page: Page, base: string, name: string, body: string): Promise<void> {
  await page.goto(`${base}/returns`);
  await page.getByLabel('CIN census').check();
  await page.setInputFiles('#files', { name, mimeType: 'application/xml', buffer: Buffer.from(body) });
  await Promise.all([page.waitForURL(/\/returns\/uploads\/[\w-]+$/), page.getByTestId('check-return').click()]);
}

async function journey(context: BrowserContext, base: string, files: ReturnFiles): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  await signIn(page, base);
  await Promise.all([
    page.waitForURL(`${base}/returns`),
    page.getByRole('link', { name: 'Returns', exact: true }).click(),
  ]);
  await look(page, 'returns-upload');

  // An empty form: the error summary, linked to the field.
  await page.getByTestId('check-return').click();
  await page.waitForSelector('[data-testid="error-summary"]');
  await look(page, 'returns-upload-error');

  await uploadCensus(page, base, 'cin-clean.xml', files.cinClean);
  assert.equal(await page.getByTestId('error-count').textContent(), '0');
  await look(page, 'returns-clean');
  await Promise.all([page.waitForURL(/\/returns\/imports\/\d+$/), page.getByTestId('import-return').click()]);
  assert.equal(await page.getByTestId('left-out-total').textContent(), '0');

  await uploadCensus(page, base, 'cin-with-error.xml', files.cinWithError);
  assert.notEqual(await page.getByTestId('error-count').textContent(), '0');
  await look(page, 'returns-findings');
  const findings = page.url();
  await Promise.all([
    page.waitForURL(`${base}/children/${CHILD_WITH_ERROR}`),
    page.getByTestId('findings').getByRole('link', { name: CHILD_WITH_ERROR }).first().click(),
  ]);
  assert.match((await page.locator('h1').textContent()) ?? '', /\S/);
  await page.goto(findings);
  await page.getByLabel(/Import accepting the errors/).check();
  await Promise.all([page.waitForURL(/\/returns\/imports\/\d+$/), page.getByTestId('import-return').click()]);
  assert.notEqual(await page.getByTestId('left-out-total').textContent(), '0');
  const leftOut = await page.getByTestId('left-out').locator('tbody tr').first().textContent();
  assert.match(leftOut ?? '', new RegExp(`cin-with-error\\.xml.*${CHILD_WITH_ERROR}`));
  await look(page, 'returns-batch');

  await Promise.all([
    page.waitForURL(`${base}/returns/imports`),
    page.getByRole('link', { name: 'Import history' }).click(),
  ]);
  assert.equal(await page.getByTestId('imports').locator('tbody tr').count(), 2);
  await look(page, 'returns-history');

  await Promise.all([
    page.waitForURL(`${base}/returns/exports`),
    page.getByRole('link', { name: 'Download a return' }).click(),
  ]);
  await look(page, 'returns-exports');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cin').click()]);
  assert.match(download.suggestedFilename(), /^CIN_990_\d{4}\.xml$/);
  assert.deepEqual(problems, [], 'the CSP blocked nothing the pages use');
  await page.close();
}

/** With scripts off: the upload, the import refused until the box is ticked, then the import's page. */
async function journeyWithoutScripts(context: BrowserContext, base: string, files: ReturnFiles): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base);
  await uploadCensus(page, base, 'cin-again.xml', files.cinWithError);
  await Promise.all([page.waitForURL(/\/import$/), page.getByTestId('import-return').click()]);
  assert.match((await page.getByTestId('error-summary').textContent()) ?? '', /tick the box/);
  await page.getByLabel(/Import accepting the errors/).check();
  await Promise.all([page.waitForURL(/\/returns\/imports\/\d+$/), page.getByTestId('import-return').click()]);
  assert.notEqual(await page.getByTestId('left-out-total').textContent(), '0');
  await page.close();
}

test('an analyst checks a return, follows a finding to the child and imports it, with and without JavaScript', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 180_000,
}, async () => {
  const source = await testBackends()[0]!.open();
  let files: ReturnFiles;
  try {
    files = await buildReturnFiles(source);
  } finally {
    await source.close();
  }
  const db = await testBackends()[0]!.open();
  await buildAccessCouncil(db);
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
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
  };
  try {
    const withScripts = await launch(true);
    try {
      await journey(withScripts, base, files);
    } finally {
      await withScripts.close();
    }
    const withoutScripts = await launch(false);
    try {
      await journeyWithoutScripts(withoutScripts, base, files);
    } finally {
      await withoutScripts.close();
    }
  } finally {
    server.close();
    await db.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
});
