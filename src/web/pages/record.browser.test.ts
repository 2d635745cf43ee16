/**
 * Recording in a real Chromium (Debian's /usr/bin/chromium through playwright-core), as the team
 * manager tm of team TA (record.fixture.ts): from the child page to the list of forms and the form for
 * becoming looked after; a blank post shows the error summary, which takes focus and links to each
 * field; the looked-after child then counts in cla-at-date at once (its indicator page lists the
 * child); a statutory visit stops the child's overdue visit clock; a form that breaks a DfE rule shows
 * the rule (903 rule 302) beside the field; a referral the CIN census would query is confirmed and the
 * dashboard's children in need move at once. Tab goes through the fields in order. The same with
 * JavaScript disabled. axe-core checks the list, the form and its error state for WCAG 2.2 AA
 * violations; screenshots at 1280 and 375 pixels go to KESTREL_SCREENS (default /tmp/kestrel-screens).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { importDefaultFramework } from '../../framework/versions.ts';
import { eventKind } from '../../recording/kinds.ts';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { signInAs, TEST_PASSWORD } from '../testing.ts';
import { formFieldsOf } from './record-fields.ts';
import { loadRecordingFixture, lookedAfterForm, ON_DATE } from './record.fixture.ts';
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
  await page.getByLabel('User name').fill('tm');
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.getByTestId('sign-in').click()]);
}

/** The focused element, by its name, or its test id (found by a locator: it works without scripts too). */
async function focused(page: Page): Promise<string | null> {
  const active = page.locator(':focus');
  if ((await active.count()) === 0) return null;
  return (await active.getAttribute('name')) || (await active.getAttribute('data-testid'));
}

/** Waits until the element with the test id has focus (autofocus applies once the page has loaded). */
async function focusOn(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]:focus`).waitFor({ timeout: 5_000 });
}

/** The form's controls as Tab reaches them, from the first field to the submit button. */
async function tabOrder(page: Page, first: string): Promise<string[]> {
  await page.locator(`#${first}`).focus();
  const order = [(await focused(page)) ?? ''];
  for (let step = 0; step < 30 && order.at(-1) !== 'record'; step++) {
    await page.keyboard.press('Tab');
    order.push((await focused(page)) ?? '');
  }
  return order;
}

/** Fills a form's fields by name: text and selects by value, radios by value. */
async function fillForm(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(answers)) {
    if ((await page.locator(`select[name="${name}"]`).count()) > 0)
      await page.locator(`select[name="${name}"]`).selectOption(value);
    else if ((await page.locator(`input[type="radio"][name="${name}"]`).count()) > 0)
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
    else await page.locator(`input[name="${name}"]`).fill(value);
  }
}

async function submit(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByTestId('record').click()]);
}

async function openForm(page: Page, base: string, child: string, title: string): Promise<void> {
  await page.goto(`${base}/children/${child}`);
  await Promise.all([page.waitForURL(`${base}/children/${child}/record`), page.getByTestId('record-event').click()]);
  await Promise.all([
    page.waitForURL(/\/record\/[a-z-]+$/),
    page.getByRole('link', { name: title, exact: true }).click(),
  ]);
}

/** The status of a clock on the child page, or "" when it is not running. */
async function clockStatus(page: Page, clock: string): Promise<string> {
  const row = page.locator(`[data-clock="${clock}"] td:nth-child(4) strong`);
  return (await row.count()) === 0 ? '' : ((await row.textContent()) ?? '');
}

/** The overdue items of a worker on the team page (the workload figure a manager watches). */
async function workerOverdue(page: Page, base: string, team: string, worker: string): Promise<string> {
  await page.goto(`${base}/teams/${team}`);
  return ((await page.locator(`[data-worker="${worker}"] td:nth-child(5)`).textContent()) ?? '').trim();
}

async function indicatorChildren(page: Page, base: string): Promise<string[]> {
  await page.goto(`${base}/indicators/cla-at-date`);
  const table = page.getByTestId('children');
  return (await table.count()) === 0 ? [] : table.locator('tbody a').allTextContents();
}

async function withScripts(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  await signIn(page, base);
  assert.deepEqual(await indicatorChildren(page, base), [], 'no child looked after yet');

  await page.goto(`${base}/children/CL1`);
  await Promise.all([page.waitForURL(`${base}/children/CL1/record`), page.getByTestId('record-event').click()]);
  assert.deepEqual(await axeViolations(page), [], 'list of forms');
  await shoot(page, 'record-list');
  await Promise.all([
    page.waitForURL(`${base}/children/CL1/record/looked-after`),
    page.getByRole('link', { name: 'Became looked after', exact: true }).click(),
  ]);
  assert.deepEqual(await axeViolations(page), [], 'form');
  await shoot(page, 'record-form');
  // Tab reaches each field once, in the order of the form, then the button.
  const fields = formFieldsOf(eventKind('looked-after')!).map((field) => field.name);
  assert.deepEqual(await tabOrder(page, fields[0]!), [...fields, 'record']);

  // A blank post: the error summary takes focus, and its first link takes focus to the field.
  await submit(page);
  assert.equal(await page.title(), 'Error: Became looked after - Kestrel');
  await focusOn(page, 'error-summary');
  assert.equal(
    await page.getByTestId('error-summary').locator('a').first().textContent(),
    'Enter the date the child became looked after',
  );
  assert.deepEqual(await axeViolations(page), [], 'form with errors');
  await shoot(page, 'record-form-error');
  await page.getByTestId('error-summary').locator('a').first().click();
  assert.equal(await focused(page), 'startDate');

  // Looked after from 1 June: recorded, the banner, and cla-at-date counts the child at once.
  await fillForm(page, lookedAfterForm('2026-06-01'));
  await submit(page);
  assert.equal(page.url().split('?')[0], `${base}/children/CL1`);
  assert.equal(await page.getByTestId('recorded').locator('p').first().textContent(), 'Became looked after recorded');
  await focusOn(page, 'recorded');
  assert.equal(await clockStatus(page, 'cla-visit'), 'overdue', 'a visit was due within a week of the placement');
  assert.equal(await page.getByTestId('overdue-count').textContent(), '2 overdue', 'the visit and the first review');
  assert.deepEqual(await axeViolations(page), [], 'child page with the banner');
  await shoot(page, 'record-recorded');
  assert.deepEqual(await indicatorChildren(page, base), ['CL1'], 'counted in cla-at-date at once');
  assert.equal(await workerOverdue(page, base, 'TA', 'SW0001'), '2');

  // A statutory visit on 5 June: the visit clock is met, the next one not yet due.
  await openForm(page, base, 'CL1', 'Statutory visit');
  await fillForm(page, { visitDate: '2026-06-05', kind: 'cla', seen: 'yes', workerId: 'SW0001' });
  await submit(page);
  assert.equal(await page.getByTestId('recorded').locator('p').first().textContent(), 'Statutory visit recorded');
  assert.notEqual(await clockStatus(page, 'cla-visit'), 'overdue');
  assert.equal(await page.getByTestId('overdue-count').textContent(), '1 overdue');
  assert.equal(await workerOverdue(page, base, 'TA', 'SW0001'), '1', "the worker's overdue items fall at once");

  // Stale: a review form opened, then a missing episode recorded on CL1 in another tab; the review is
  // not written but shown again with that change, and recorded once confirmed.
  await openForm(page, base, 'CL1', 'Looked after review');
  await fillForm(page, { reviewDate: '2026-06-20', participation: 'PN1' });
  const other = await context.newPage();
  await openForm(other, base, 'CL1', 'Missing or away from placement');
  await fillForm(other, { kind: 'M', startDate: '2026-06-21', endDate: '2026-06-22' });
  await submit(other);
  await other.close();
  await submit(page);
  await focusOn(page, 'stale');
  assert.match((await page.getByTestId('changes').textContent()) ?? '', /Missing or away from placement \(added\)/);
  assert.deepEqual(await axeViolations(page), [], 'stale form');
  await shoot(page, 'record-form-stale');
  await submit(page);
  assert.equal(await page.getByTestId('recorded').locator('p').first().textContent(), 'Looked after review recorded');

  // A referral of 10 March for CA2 (team TA): the CIN census would query it (CA2's record is not
  // complete), so the form asks to confirm; confirmed, the team's children in need at 31 March, the
  // scorecard's latest point for this annual measure, count one more at once.
  await page.goto(`${base}/`);
  assert.equal(await page.getByTestId('value-cin-at-date').textContent(), '1');
  await openForm(page, base, 'CA2', 'Referral and decision');
  await fillForm(page, { referralDate: '2026-03-10', source: '1A', primaryNeed: 'N1', noFurtherAction: 'no' });
  await submit(page);
  assert.ok((await page.getByTestId('queries').locator('li').count()) > 0, 'DfE queries listed');
  await focusOn(page, 'queries-banner');
  assert.deepEqual(await axeViolations(page), [], 'form with DfE queries');
  await shoot(page, 'record-form-query');
  await page.getByLabel('The answers are right: confirm and record').check();
  await submit(page);
  assert.equal(await page.getByTestId('recorded').locator('p').first().textContent(), 'Referral and decision recorded');
  await page.goto(`${base}/`);
  assert.equal(await page.getByTestId('value-cin-at-date').textContent(), '2', 'the scorecard moved at once');

  // Becoming looked after before birth breaks 903 rule 302: blocked, the rule beside the start date.
  await openForm(page, base, 'CBABY', 'Became looked after');
  await fillForm(page, lookedAfterForm('2026-04-20'));
  await submit(page);
  assert.match(
    (await page.getByTestId('error-startDate').textContent()) ?? '',
    /903 rule 302: First episode starts before child was born\./,
  );
  assert.deepEqual(await axeViolations(page), [], 'form blocked by a DfE rule');
  await shoot(page, 'record-form-rule');
  assert.deepEqual(problems, [], 'the CSP blocked nothing the pages use');
  await page.close();
}

/** The same without scripts (axe-core needs scripts, so it runs only above). */
async function withoutScripts(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base);
  await openForm(page, base, 'CBABY', 'Became looked after');
  await fillForm(page, lookedAfterForm('2026-04-20'));
  await submit(page);
  assert.match((await page.getByTestId('error-startDate').textContent()) ?? '', /903 rule 302/);
  await focusOn(page, 'error-summary'); // autofocus needs no script
  await openForm(page, base, 'CL1', 'Looked after review');
  await fillForm(page, { reviewDate: '2026-06-27', participation: 'PN1' });
  await submit(page);
  assert.equal(await page.getByTestId('recorded').locator('p').first().textContent(), 'Looked after review recorded');
  await page.close();
}

test('a team manager records on the child page and sees the figures move, with and without JavaScript', {
  skip: missing ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 180_000,
}, async () => {
  const db = await testBackends()[0]!.open();
  await loadRecordingFixture(db);
  await importDefaultFramework(db, '990', 'test');
  await signInAs(db, 'tm'); // sets the password the form signs in with
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
    const scripted = await launch(true);
    try {
      await withScripts(scripted, base);
    } finally {
      await scripted.close();
    }
    const plain = await launch(false);
    try {
      await withoutScripts(plain, base);
    } finally {
      await plain.close();
    }
  } finally {
    server.close();
    await db.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
});
