/**
 * PDF: the HTML template printed by Debian's Chromium through playwright-core, with a header (council,
 * title) and a footer (the marking, the date, page N of M) on every page. The page loads no network
 * resource: everything is inline, and any request is refused.
 */
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from './document.ts';
import { markingLine } from './document.ts';
import { escapeHtml } from './escape.ts';
import { longDate } from './format.ts';
import { renderHtml } from './html.ts';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (read at each use, so a test may point it elsewhere). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

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

/**
 * Why a PDF cannot be printed here (no Chromium where CHROMIUM_PATH points), or null when it can.
 * Commands ask before they open the store, so a missing browser is one line, not a failure halfway.
 */
export function pdfUnavailable(): string | null {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return null;
  } catch {
    return `a PDF is printed by Chromium, and there is none at ${chromiumPath()}; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH, or choose another format`;
  }
}

export async function renderPdf(document: ReportDocument): Promise<Buffer> {
  return printHtmlToPdf(renderHtml(document, { print: true }), {
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(document),
    footerTemplate: footerTemplate(document),
  });
}

type PdfOptions = NonNullable<Parameters<import('playwright-core').Page['pdf']>[0]>;

/**
 * Prints a self-contained HTML page to PDF in a fresh Chromium profile. Nothing runs and nothing loads:
 * JavaScript is off and every request is refused, so a document prints only what it holds.
 */
export async function printHtmlToPdf(html: string, options: Omit<PdfOptions, 'path'>): Promise<Buffer> {
  const unavailable = pdfUnavailable();
  if (unavailable) throw new Error(unavailable);
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'kestrel-pdf-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: false,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf(options);
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
