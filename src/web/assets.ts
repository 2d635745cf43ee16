/**
 * Static assets from the govuk-frontend package: its compiled stylesheet and images. Fonts are not
 * served (see pages/layout.tsx). Files are read once and cached with their content type.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';

const require = createRequire(import.meta.url);
const GOVUK_DIR = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
};

const ALLOWED = new Map<string, string>([['govuk-frontend.min.css', join(GOVUK_DIR, 'govuk-frontend.min.css')]]);

const cache = new Map<string, { body: Buffer; type: string }>();

/**
 * Kestrel's own few rules, served as a file because the Content-Security-Policy allows no inline style
 * or script (security.ts).
 */
const KESTREL_CSS = `
.kestrel-figure { padding: 20px; }
.kestrel-figure-label { color: inherit; }
.kestrel-sign-out { float: right; display: flex; gap: 15px; align-items: center; padding: 10px 0; }
.kestrel-signed-in-as { color: #ffffff; white-space: nowrap; }
.kestrel-nowrap { white-space: nowrap; }
.kestrel-secondary-text { color: #505a5f; }
.kestrel-sparkline { vertical-align: middle; }
.kestrel-table-scroll { overflow-x: auto; }
/* A wide table keeps readable columns on a phone and scrolls sideways in its region instead. */
.kestrel-table-scroll .govuk-table { min-width: 50rem; }
.kestrel-filters .govuk-select { max-width: 100%; }
.kestrel-filters { display: flex; flex-wrap: wrap; gap: 0 20px; align-items: flex-end; }
.kestrel-chart { max-width: 600px; height: auto; display: block; margin-bottom: 10px; }
.kestrel-measure { font-weight: 400; }
/* Commentary keeps the lines its author wrote. */
.kestrel-prose { white-space: pre-wrap; }
/* A child's record and caseloads print as the record itself: no header, navigation, banner or footer. */
@media print {
  .govuk-header, .govuk-service-navigation, .govuk-phase-banner, .govuk-footer, .govuk-skip-link,
  .kestrel-no-print { display: none !important; }
  .govuk-width-container { max-width: none; margin: 0; }
  .govuk-main-wrapper { padding: 0; }
  .govuk-table__row { break-inside: avoid; }
  a.govuk-link::after { content: none; }
}
`;
cache.set('kestrel.css', { body: Buffer.from(KESTREL_CSS), type: TYPES.css! });

/** The asset at a path under /assets/, or undefined when there is no such asset. */
export function findAsset(path: string): { body: Buffer; type: string } | undefined {
  const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const cached = cache.get(clean);
  if (cached) return cached;
  const file =
    ALLOWED.get(clean) ??
    (/^images\/[\w.-]+\.(svg|png|ico)$/.test(clean) ? join(GOVUK_DIR, 'assets', clean) : undefined);
  const type = TYPES[clean.split('.').pop() ?? ''];
  if (!file || !type) return undefined;
  try {
    const asset = { body: readFileSync(file), type };
    cache.set(clean, asset);
    return asset;
  } catch {
    return undefined;
  }
}
