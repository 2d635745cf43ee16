/**
 * The worker's journey in a real Chromium (Debian's /usr/bin/chromium through playwright-core): sign in
 * as a social worker, open the dashboard and a red measure's page, search for a child by a misspelt name, open the child and
 * read the chronology and the overdue clock, then the caseload; the same with JavaScript disabled
 * (every page is a plain link or GET form). axe-core checks each page for WCAG 2.2 AA violations, and
 * screenshots at 1280 and 375 pixels go to KESTREL_SCREENS (default /tmp/kestrel-screens) to look at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, CHROMIUM, CHROMIUM_MISSING, serveFixture, shoot, signIn } from './browser.testing.ts';

async function journey(context: BrowserContext, base: string, screens: boolean): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  await signIn(page, base, 'sw');
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
  skip: CHROMIUM_MISSING ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 120_000,
}, async () => {
  const served = await serveFixture(['sw']);
  try {
    const withScripts = await served.launch(true);
    try {
      await journey(withScripts, served.base, true);
    } finally {
      await withScripts.close();
    }
    const withoutScripts = await served.launch(false);
    try {
      await journeyWithoutScripts(withoutScripts, served.base);
    } finally {
      await withoutScripts.close();
    }
  } finally {
    await served.close();
  }
});

/** The same journey with scripts off (axe-core needs scripts, so it runs only above). */
async function journeyWithoutScripts(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base, 'sw');
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
