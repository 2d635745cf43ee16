/**
 * Each role's journey in a real Chromium (browser.testing.ts), signed in through the form as the
 * fixture's user of that role (the seven roles of src/access/policy.ts, as `kestrel demo` makes them):
 * the service navigation offers only the sections the role may use, child pages outside its scope are
 * refused as absent, a councillor sees the published edition of the dashboard (c, the footnote, no
 * links), and a team manager drills from a red measure to the children behind it and into a child's
 * chronology. The same with JavaScript disabled. axe-core finds no WCAG 2.2 A/AA violation on any page
 * visited with scripts; screenshots of the dashboard, indicator and team pages at 1280 and 375 pixels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, CHROMIUM, CHROMIUM_MISSING, serveFixture, shoot, signIn } from './browser.testing.ts';

type Username = 'sw' | 'tm' | 'hos' | 'analyst' | 'qa' | 'councillor' | 'admin';

interface Expected {
  nav: string[];
  /** Paths answered 200, and paths refused (404 or 403), for this role. */
  open: string[];
  refused: Array<[path: string, status: number]>;
}

// Scope (src/access/fixtures/access-council.ts): S1 runs TA (WA1: CA1, COLD; WA2: CA2) and TB (CB); S2
// runs TC (CC). Child pages outside a scope read as absent (404); a role with no grant on children's
// records is told so (403) at the search.
const ROLES: Record<Username, Expected> = {
  sw: {
    nav: ['Dashboard', 'Children', 'Caseload', 'Indicators', 'Practice'],
    open: ['/children/CA1', '/caseload'],
    refused: [
      ['/children/CA2', 404],
      ['/children/CB', 404],
      ['/teams/TA', 404],
    ],
  },
  tm: {
    nav: ['Dashboard', 'Children', 'Caseload', 'Indicators', 'Practice', 'Quality and money'],
    open: ['/children/CA2', '/teams/TA'],
    refused: [
      ['/children/CB', 404],
      ['/teams/TB', 404],
    ],
  },
  hos: {
    nav: ['Dashboard', 'Children', 'Indicators', 'Practice', 'Quality and money'],
    open: ['/children/CB', '/teams/TB'],
    refused: [
      ['/children/CC', 404],
      ['/teams/TC', 404],
    ],
  },
  analyst: {
    nav: ['Dashboard', 'Children', 'Indicators', 'Practice', 'Quality and money', 'Returns'],
    open: ['/children/CC', '/teams/TC'],
    refused: [],
  },
  qa: {
    nav: ['Dashboard', 'Children', 'Indicators', 'Practice', 'Quality and money', 'Administration'],
    open: ['/children/CC', '/teams/TC'],
    refused: [],
  },
  councillor: {
    nav: ['Dashboard'],
    open: [],
    refused: [
      ['/children', 403],
      ['/children/CA1', 404],
      ['/teams/TA', 404],
    ],
  },
  admin: {
    nav: ['Dashboard', 'Administration'],
    open: [],
    refused: [
      ['/children', 403],
      ['/children/CA1', 404],
    ],
  },
};

const nav = (page: Page) => page.locator('.govuk-service-navigation__link').allInnerTexts();

async function check(page: Page, scripts: boolean, what: string): Promise<void> {
  if (scripts) assert.deepEqual(await axeViolations(page), [], what);
}

async function roleJourney(context: BrowserContext, base: string, username: Username, scripts: boolean) {
  const expected = ROLES[username];
  const page = await context.newPage();
  await signIn(page, base, username);
  assert.deepEqual(await nav(page), expected.nav, `${username}: navigation`);
  await check(page, scripts, `${username}: dashboard`);
  for (const path of expected.open) {
    const response = await page.goto(`${base}${path}`);
    assert.equal(response?.status(), 200, `${username} opens ${path}`);
    await check(page, scripts, `${username}: ${path}`);
  }
  for (const [path, status] of expected.refused) {
    const response = await page.goto(`${base}${path}`);
    assert.equal(response?.status(), status, `${username} is refused ${path}`);
    await check(page, scripts, `${username}: refused ${path}`);
  }
  await page.close();
}

/** The councillor's dashboard: the published edition, with no way to the figures behind a measure. */
async function councillorDashboard(context: BrowserContext, base: string, scripts: boolean): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base, 'councillor');
  assert.equal(await page.getByTestId('value-referral-decision-1wd').innerText(), 'c');
  assert.match(await page.getByTestId('suppression-footnote').innerText(), /^c: suppressed to protect confidentiality/);
  assert.equal(await page.locator('table a').count(), 0, 'no drill-down links');
  if (scripts) await shoot(page, 'dashboard-councillor');
  await page.close();
}

/** From the team's dashboard: a red measure, the children behind it, one child's chronology. */
async function drillDown(context: BrowserContext, base: string, scripts: boolean): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base, 'tm');
  assert.equal(await page.locator('h1').innerText(), 'Team TA');
  const row = page.locator('tr[data-indicator="referral-decision-1wd"]');
  assert.equal(await row.getByTestId('rag-referral-decision-1wd').innerText(), 'red');
  const title = await row.locator('th a').innerText();
  await Promise.all([page.waitForURL(/\/indicators\/referral-decision-1wd$/), row.locator('th a').click()]);
  assert.equal(await page.locator('h1').innerText(), title);
  assert.deepEqual(await page.getByTestId('children').locator('tbody a').allInnerTexts(), ['CA1', 'COLD', 'CA1']);
  await check(page, scripts, 'indicator');
  if (scripts) await shoot(page, 'indicator-team');
  await Promise.all([
    page.waitForURL(`${base}/children/COLD`),
    page.getByTestId('children').getByRole('link', { name: 'COLD' }).click(),
  ]);
  assert.equal(await page.locator('h1').innerText(), 'Dylan Marsh');
  assert.ok((await page.getByTestId('chronology').locator('tbody tr').count()) > 0, 'the chronology is shown');
  await check(page, scripts, 'child from the drill-down');
  // The team's caseloads, from the caseload page's link.
  await page.goto(`${base}/caseload`);
  await Promise.all([
    page.waitForURL(`${base}/teams/TA`),
    page.getByRole('link', { name: "Your team's caseloads" }).click(),
  ]);
  await check(page, scripts, 'team');
  if (scripts) await shoot(page, 'team');
  await page.close();
}

/** The filter by form (GET), and the analyst's indicator page with workers and the commentary form. */
async function filterAndWrite(context: BrowserContext, base: string, scripts: boolean): Promise<void> {
  const page = await context.newPage();
  await signIn(page, base, 'analyst');
  await page.getByLabel('Period').selectOption('quarter');
  await page.getByLabel('Council, locality or team').selectOption('team:TA');
  await Promise.all([page.waitForURL(/period=quarter/), page.getByTestId('apply').click()]);
  assert.equal(await page.locator('h1').innerText(), 'Team TA');
  assert.equal(await page.getByTestId('value-referral-decision-1wd').innerText(), '50%');
  await page.locator('#date-day').fill('31');
  await page.locator('#date-month').fill('2');
  await Promise.all([page.waitForURL(/date-month=2/), page.getByTestId('apply').click()]);
  assert.match(await page.getByTestId('error-summary').innerText(), /The date must be a real date/);
  await check(page, scripts, 'dashboard with an error');
  await page.goto(`${base}/indicators/referral-decision-1wd`);
  await page.getByLabel('Comment or action', { exact: true }).fill('Checked with the front door team.');
  await Promise.all([page.waitForURL(/added=1/), page.getByTestId('add-commentary').click()]);
  assert.equal(
    await page.getByTestId('commentary').locator('.kestrel-prose').first().innerText(),
    'Checked with the front door team.',
  );
  await check(page, scripts, 'indicator with commentary');
  if (scripts) await shoot(page, 'indicator-analyst');
  await page.close();
}

test('each role sees only what it may, drills from a red measure to a chronology, with and without JavaScript', {
  skip: CHROMIUM_MISSING ? `Chromium not installed at ${CHROMIUM}` : false,
  timeout: 300_000,
}, async () => {
  const served = await serveFixture(Object.keys(ROLES));
  try {
    for (const scripts of [true, false]) {
      const context = await served.launch(scripts);
      try {
        for (const username of Object.keys(ROLES) as Username[])
          await roleJourney(context, served.base, username, scripts);
        await councillorDashboard(context, served.base, scripts);
        await drillDown(context, served.base, scripts);
        await filterAndWrite(context, served.base, scripts);
      } finally {
        await context.close();
      }
    }
  } finally {
    await served.close();
  }
});
