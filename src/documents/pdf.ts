/**
 * PDF: the HTML template printed by Debian's Chromium through playwright-core, with a header (council,
 * title) and a footer (the marking, the date, page N of M) on every page. The page loads no network
 * resource: everything is inline, and any request is refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from './document.ts';
import { markingLine } from './document.ts';
import { escapeHtml } from './escape.ts';
import { longDate } from './format.ts';
import { renderHtml } from './html.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** STACK.md's flags for Chromium here: no sandbox (root in a container), no GPU, nothing phoning home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function renderPdf(document: ReportDocument): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'kestrel-pdf-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(renderHtml(document, { print: true }), { waitUntil: 'load' });
    return await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(document),
      footerTemplate: footerTemplate(document),
    });
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const TEMPLATE_STYLE =
  'font-family: Arial, sans-serif; font-size: 7.5pt; color: #505a5f; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between;';

function headerTemplate(document: ReportDocument): string {
  return `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(document.council)}</span><span>${escapeHtml(document.title)}</span></div>`;
}

function footerTemplate(document: ReportDocument): string {
  return `<div style="${TEMPLATE_STYLE}"><span style="font-weight:bold">${escapeHtml(markingLine(document))}</span><span>Produced ${escapeHtml(longDate(document.producedAt))}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
